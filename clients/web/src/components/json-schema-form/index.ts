/** The application-form renderer: a service's JSON Schema in, a labelled and validated form out. */
export { JsonSchemaForm, type JsonSchemaFormProps, type ServerError } from './JsonSchemaForm';
export type { Uploader } from './form-context';
export type { JsonSchema } from './schema';
export { createValidator, type FieldProblem } from './validate';
