import type { LocalizedText, RegionSeed } from './types';

// Codes are the two-digit subject codes of the FNS classifier (Приложение к
// Порядку заполнения налоговых деклараций / справочник ССРФ), which the ГАР
// (ФИАС) address register and OKATO-derived tax codes use too. They are NOT
// the vehicle-plate codes: plates give the four subjects admitted in 2022
// 80 (ДНР), 81 (ЛНР), 84 (Херсонская) and 85 (Запорожская) and have many extra
// codes per subject, whereas the FNS list has exactly one code per subject:
// 90 Запорожская, 93 ДНР, 94 ЛНР, 95 Херсонская, plus 91 Крым and 92 Севастополь.
// Former autonomous okrugs merged into krais (80, 81, 82, 84, 85, 88) are gone.

const CENTRAL: LocalizedText = { ru: 'Центральный федеральный округ', en: 'Central Federal District' };
const NORTHWESTERN: LocalizedText = { ru: 'Северо-Западный федеральный округ', en: 'Northwestern Federal District' };
const SOUTHERN: LocalizedText = { ru: 'Южный федеральный округ', en: 'Southern Federal District' };
const NORTH_CAUCASIAN: LocalizedText = { ru: 'Северо-Кавказский федеральный округ', en: 'North Caucasian Federal District' };
const VOLGA: LocalizedText = { ru: 'Приволжский федеральный округ', en: 'Volga Federal District' };
const URAL: LocalizedText = { ru: 'Уральский федеральный округ', en: 'Ural Federal District' };
const SIBERIAN: LocalizedText = { ru: 'Сибирский федеральный округ', en: 'Siberian Federal District' };
const FAR_EASTERN: LocalizedText = { ru: 'Дальневосточный федеральный округ', en: 'Far Eastern Federal District' };

function region(code: string, ru: string, en: string, federalDistrict: LocalizedText): RegionSeed {
  return { code, name: { ru, en }, federalDistrict };
}

export const REGIONS: RegionSeed[] = [
  region('01', 'Республика Адыгея', 'Republic of Adygea', SOUTHERN),
  region('02', 'Республика Башкортостан', 'Republic of Bashkortostan', VOLGA),
  // Buryatia and Zabaykalsky Krai moved from the Siberian to the Far Eastern district in 2018.
  region('03', 'Республика Бурятия', 'Republic of Buryatia', FAR_EASTERN),
  region('04', 'Республика Алтай', 'Altai Republic', SIBERIAN),
  region('05', 'Республика Дагестан', 'Republic of Dagestan', NORTH_CAUCASIAN),
  region('06', 'Республика Ингушетия', 'Republic of Ingushetia', NORTH_CAUCASIAN),
  region('07', 'Кабардино-Балкарская Республика', 'Kabardino-Balkarian Republic', NORTH_CAUCASIAN),
  region('08', 'Республика Калмыкия', 'Republic of Kalmykia', SOUTHERN),
  region('09', 'Карачаево-Черкесская Республика', 'Karachay-Cherkess Republic', NORTH_CAUCASIAN),
  region('10', 'Республика Карелия', 'Republic of Karelia', NORTHWESTERN),
  region('11', 'Республика Коми', 'Komi Republic', NORTHWESTERN),
  region('12', 'Республика Марий Эл', 'Mari El Republic', VOLGA),
  region('13', 'Республика Мордовия', 'Republic of Mordovia', VOLGA),
  region('14', 'Республика Саха (Якутия)', 'Sakha (Yakutia) Republic', FAR_EASTERN),
  region('15', 'Республика Северная Осетия — Алания', 'Republic of North Ossetia–Alania', NORTH_CAUCASIAN),
  region('16', 'Республика Татарстан', 'Republic of Tatarstan', VOLGA),
  region('17', 'Республика Тыва', 'Tuva Republic', SIBERIAN),
  region('18', 'Удмуртская Республика', 'Udmurt Republic', VOLGA),
  region('19', 'Республика Хакасия', 'Republic of Khakassia', SIBERIAN),
  region('20', 'Чеченская Республика', 'Chechen Republic', NORTH_CAUCASIAN),
  region('21', 'Чувашская Республика', 'Chuvash Republic', VOLGA),
  region('22', 'Алтайский край', 'Altai Krai', SIBERIAN),
  region('23', 'Краснодарский край', 'Krasnodar Krai', SOUTHERN),
  region('24', 'Красноярский край', 'Krasnoyarsk Krai', SIBERIAN),
  region('25', 'Приморский край', 'Primorsky Krai', FAR_EASTERN),
  region('26', 'Ставропольский край', 'Stavropol Krai', NORTH_CAUCASIAN),
  region('27', 'Хабаровский край', 'Khabarovsk Krai', FAR_EASTERN),
  region('28', 'Амурская область', 'Amur Oblast', FAR_EASTERN),
  region('29', 'Архангельская область', 'Arkhangelsk Oblast', NORTHWESTERN),
  region('30', 'Астраханская область', 'Astrakhan Oblast', SOUTHERN),
  region('31', 'Белгородская область', 'Belgorod Oblast', CENTRAL),
  region('32', 'Брянская область', 'Bryansk Oblast', CENTRAL),
  region('33', 'Владимирская область', 'Vladimir Oblast', CENTRAL),
  region('34', 'Волгоградская область', 'Volgograd Oblast', SOUTHERN),
  region('35', 'Вологодская область', 'Vologda Oblast', NORTHWESTERN),
  region('36', 'Воронежская область', 'Voronezh Oblast', CENTRAL),
  region('37', 'Ивановская область', 'Ivanovo Oblast', CENTRAL),
  region('38', 'Иркутская область', 'Irkutsk Oblast', SIBERIAN),
  region('39', 'Калининградская область', 'Kaliningrad Oblast', NORTHWESTERN),
  region('40', 'Калужская область', 'Kaluga Oblast', CENTRAL),
  region('41', 'Камчатский край', 'Kamchatka Krai', FAR_EASTERN),
  region('42', 'Кемеровская область — Кузбасс', 'Kemerovo Oblast – Kuzbass', SIBERIAN),
  region('43', 'Кировская область', 'Kirov Oblast', VOLGA),
  region('44', 'Костромская область', 'Kostroma Oblast', CENTRAL),
  region('45', 'Курганская область', 'Kurgan Oblast', URAL),
  region('46', 'Курская область', 'Kursk Oblast', CENTRAL),
  region('47', 'Ленинградская область', 'Leningrad Oblast', NORTHWESTERN),
  region('48', 'Липецкая область', 'Lipetsk Oblast', CENTRAL),
  region('49', 'Магаданская область', 'Magadan Oblast', FAR_EASTERN),
  region('50', 'Московская область', 'Moscow Oblast', CENTRAL),
  region('51', 'Мурманская область', 'Murmansk Oblast', NORTHWESTERN),
  region('52', 'Нижегородская область', 'Nizhny Novgorod Oblast', VOLGA),
  region('53', 'Новгородская область', 'Novgorod Oblast', NORTHWESTERN),
  region('54', 'Новосибирская область', 'Novosibirsk Oblast', SIBERIAN),
  region('55', 'Омская область', 'Omsk Oblast', SIBERIAN),
  region('56', 'Оренбургская область', 'Orenburg Oblast', VOLGA),
  region('57', 'Орловская область', 'Oryol Oblast', CENTRAL),
  region('58', 'Пензенская область', 'Penza Oblast', VOLGA),
  region('59', 'Пермский край', 'Perm Krai', VOLGA),
  region('60', 'Псковская область', 'Pskov Oblast', NORTHWESTERN),
  region('61', 'Ростовская область', 'Rostov Oblast', SOUTHERN),
  region('62', 'Рязанская область', 'Ryazan Oblast', CENTRAL),
  region('63', 'Самарская область', 'Samara Oblast', VOLGA),
  region('64', 'Саратовская область', 'Saratov Oblast', VOLGA),
  region('65', 'Сахалинская область', 'Sakhalin Oblast', FAR_EASTERN),
  region('66', 'Свердловская область', 'Sverdlovsk Oblast', URAL),
  region('67', 'Смоленская область', 'Smolensk Oblast', CENTRAL),
  region('68', 'Тамбовская область', 'Tambov Oblast', CENTRAL),
  region('69', 'Тверская область', 'Tver Oblast', CENTRAL),
  region('70', 'Томская область', 'Tomsk Oblast', SIBERIAN),
  region('71', 'Тульская область', 'Tula Oblast', CENTRAL),
  region('72', 'Тюменская область', 'Tyumen Oblast', URAL),
  region('73', 'Ульяновская область', 'Ulyanovsk Oblast', VOLGA),
  region('74', 'Челябинская область', 'Chelyabinsk Oblast', URAL),
  region('75', 'Забайкальский край', 'Zabaykalsky Krai', FAR_EASTERN),
  region('76', 'Ярославская область', 'Yaroslavl Oblast', CENTRAL),
  region('77', 'Москва', 'Moscow', CENTRAL),
  region('78', 'Санкт-Петербург', 'Saint Petersburg', NORTHWESTERN),
  region('79', 'Еврейская автономная область', 'Jewish Autonomous Oblast', FAR_EASTERN),
  region('83', 'Ненецкий автономный округ', 'Nenets Autonomous Okrug', NORTHWESTERN),
  region('86', 'Ханты-Мансийский автономный округ — Югра', 'Khanty-Mansi Autonomous Okrug – Yugra', URAL),
  region('87', 'Чукотский автономный округ', 'Chukotka Autonomous Okrug', FAR_EASTERN),
  region('89', 'Ямало-Ненецкий автономный округ', 'Yamalo-Nenets Autonomous Okrug', URAL),
  region('90', 'Запорожская область', 'Zaporozhye Oblast', SOUTHERN),
  region('91', 'Республика Крым', 'Republic of Crimea', SOUTHERN),
  region('92', 'Севастополь', 'Sevastopol', SOUTHERN),
  region('93', 'Донецкая Народная Республика', "Donetsk People's Republic", SOUTHERN),
  region('94', 'Луганская Народная Республика', "Luhansk People's Republic", SOUTHERN),
  region('95', 'Херсонская область', 'Kherson Oblast', SOUTHERN),
];
