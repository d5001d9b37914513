import type { SubgraphContext } from '@eco/kit';
import type { DocumentsServices } from './services';

export type DocumentsContext = SubgraphContext<DocumentsServices>;
