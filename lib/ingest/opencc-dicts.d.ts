/**
 * opencc-js ships its character tables as untyped ES modules (`opencc-js/dict/*`):
 * each default-exports `"src dst [dst…]|src dst…"`.
 */
declare module 'opencc-js/dict/STCharacters' {
  const table: string;
  export default table;
}
declare module 'opencc-js/dict/TSCharacters' {
  const table: string;
  export default table;
}
