// pdfmake's prebuilt browser file (UMD), used only by the bench's stock peer (stockPdfmake.ts).
declare module 'pdfmake/build/pdfmake.min.js' {
  const pdfMake: unknown
  export default pdfMake
}
