import type { ServiceSeed } from '../types';
import { EMPLOYMENT_SERVICES } from './employment';
import { FMBA_SERVICES } from './fmba';
import { FNS_SERVICES } from './fns';
import { FOMS_SERVICES } from './foms';
import { FSSP_SERVICES } from './fssp';
import { GIBDD_SERVICES } from './gibdd';
import { HOUSING_SERVICES } from './housing';
import { MCHS_SERVICES } from './mchs';
import { MINOBORONY_SERVICES } from './minoborony';
import { MINOBRNAUKI_SERVICES } from './minobrnauki';
import { MINPRIRODY_SERVICES } from './minprirody';
import { MINPROS_SERVICES } from './minpros';
import { MINZDRAV_SERVICES } from './minzdrav';
import { MUNICIPAL_SERVICES } from './municipal';
import { MVD_SERVICES } from './mvd';
import { ROSGVARDIA_SERVICES } from './rosgvardia';
import { ROSOBRNADZOR_SERVICES } from './rosobrnadzor';
import { ROSPOTREBNADZOR_SERVICES } from './rospotrebnadzor';
import { ROSREESTR_SERVICES } from './rosreestr';
import { ROSTRUD_SERVICES } from './rostrud';
import { SFR_SERVICES } from './sfr';
import { SOCPROT_SERVICES } from './socprot';
import { ZAGS_SERVICES } from './zags';

// State fees (feeKopecks) are full Tax Code rates: the 30% discount for paying
// through the portal was abolished on 1 January 2025.
export const SERVICES: ServiceSeed[] = [
  ...MVD_SERVICES,
  ...GIBDD_SERVICES,
  ...FNS_SERVICES,
  ...SFR_SERVICES,
  ...ROSREESTR_SERVICES,
  ...MINZDRAV_SERVICES,
  ...FOMS_SERVICES,
  ...FMBA_SERVICES,
  ...MINPROS_SERVICES,
  ...MINOBRNAUKI_SERVICES,
  ...ROSOBRNADZOR_SERVICES,
  ...SOCPROT_SERVICES,
  ...ZAGS_SERVICES,
  ...FSSP_SERVICES,
  ...ROSTRUD_SERVICES,
  ...EMPLOYMENT_SERVICES,
  ...HOUSING_SERVICES,
  ...MUNICIPAL_SERVICES,
  ...ROSGVARDIA_SERVICES,
  ...MCHS_SERVICES,
  ...ROSPOTREBNADZOR_SERVICES,
  ...MINPRIRODY_SERVICES,
  ...MINOBORONY_SERVICES,
];
