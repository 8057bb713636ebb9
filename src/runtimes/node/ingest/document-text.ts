/** What a reader found in a file: its paragraphs, and what a person should check that the text cannot show. */
export interface DocumentText {
  paragraphs: string[];
  warnings: string[];
}
