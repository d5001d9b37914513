import { ServicesCatalogSuggestDocument, type ServicesCatalogSuggestQuery } from '@eco/sdk';
import { useEffect, useId, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useNavigate } from 'react-router-dom';
import { useRequest } from '../../api/api';
import { useAreaMessages } from '../../i18n/i18n';
import { catalogMessages } from './catalog-messages';

type Suggestion = NonNullable<ServicesCatalogSuggestQuery['services']>['edges'][number]['node'];

/** How long typing must pause before suggestions are asked for. */
export const SUGGEST_DELAY_MS = 300;

/**
 * The catalog's search: a combobox (ARIA 1.2) that suggests services as one types, debounced;
 * arrows choose a suggestion, Enter opens it, Escape closes the list; submitting searches.
 */
export function SearchBox({ initial, onSearch }: { initial: string; onSearch(text: string): void }) {
  const t = useAreaMessages(catalogMessages);
  const request = useRequest();
  const navigate = useNavigate();
  const id = useId();
  const [text, setText] = useState(initial);
  const [suggestions, setSuggestions] = useState<Suggestion[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);

  useEffect(() => setText(initial), [initial]);

  useEffect(() => {
    const query = text.trim();
    if (query.length < 2 || !open) {
      setSuggestions([]);
      return;
    }
    let current = true;
    const timer = setTimeout(() => {
      request(ServicesCatalogSuggestDocument, { search: query }).then(
        (data) => current && (setSuggestions(data.services?.edges.map((edge) => edge.node) ?? []), setActive(-1)),
        () => current && setSuggestions([]),
      );
    }, SUGGEST_DELAY_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [text, open, request]);

  const expanded = open && suggestions.length > 0;
  const optionId = (index: number) => `${id}-option-${index}`;

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown' && suggestions.length) {
      event.preventDefault();
      setOpen(true);
      setActive((index) => (index + 1) % suggestions.length);
    } else if (event.key === 'ArrowUp' && suggestions.length) {
      event.preventDefault();
      setActive((index) => (index <= 0 ? suggestions.length - 1 : index - 1));
    } else if (event.key === 'Escape' && expanded) {
      // Only closes the list; a second Escape clears the field as a search field does.
      event.preventDefault();
      setOpen(false);
      setActive(-1);
    } else if (event.key === 'Enter' && expanded && active >= 0) {
      event.preventDefault();
      navigate(`/catalog/${suggestions[active].id}`);
    }
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    setOpen(false);
    onSearch(text.trim());
  }

  return (
    <form role="search" className="catalog-search" onSubmit={submit}>
      <label htmlFor={`${id}-input`}>{t('search.label')}</label>
      <span id={`${id}-hint`} className="hint">
        {t('search.hint')}
      </span>
      <div className="catalog-search-row">
        <div className="catalog-combobox">
          <input
            id={`${id}-input`}
            type="search"
            role="combobox"
            autoComplete="off"
            aria-autocomplete="list"
            aria-expanded={expanded}
            aria-controls={`${id}-listbox`}
            aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
            aria-describedby={`${id}-hint`}
            value={text}
            onChange={(event) => {
              setText(event.target.value);
              setOpen(true);
            }}
            onKeyDown={onKeyDown}
            onBlur={() => setTimeout(() => setOpen(false), 150)}
          />
          <ul id={`${id}-listbox`} role="listbox" aria-label={t('search.suggestions')} className="catalog-suggestions" hidden={!expanded}>
            {suggestions.map((suggestion, index) => (
              <li
                key={suggestion.id}
                id={optionId(index)}
                role="option"
                aria-selected={index === active}
                className={index === active ? 'active' : undefined}
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => navigate(`/catalog/${suggestion.id}`)}
              >
                {suggestion.title} <span className="hint">— {suggestion.department.shortName}</span>
              </li>
            ))}
          </ul>
        </div>
        <button type="submit" className="primary">
          {t('search.submit')}
        </button>
      </div>
      <p className="visually-hidden" role="status">
        {expanded ? t('search.suggestionsCount', { count: suggestions.length }) : ''}
      </p>
    </form>
  );
}
