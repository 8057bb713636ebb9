// wrangler's default module rules: *.txt is bundled as a Text module, *.bin as a Data module.
declare module '*.txt' {
  const text: string;
  export default text;
}

declare module '*.bin' {
  const data: ArrayBuffer;
  export default data;
}
