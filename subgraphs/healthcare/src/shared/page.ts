export interface Page<T> {
  nodes: T[];
  totalCount: number;
}
