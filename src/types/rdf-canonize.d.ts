// Minimal typing of rdf-canonize (it ships none): the one call newsgraph uses.
declare module 'rdf-canonize' {
  const canonize: {
    canonize(input: string | object[], options: { algorithm: 'RDFC-1.0'; inputFormat?: string; maxWorkFactor?: number }): Promise<string>;
  };
  export default canonize;
}
