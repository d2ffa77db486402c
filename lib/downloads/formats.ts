/** The file formats journalists can download, with the media types they are served as. */
export const downloadFormats = {
  txt: 'text/plain; charset=utf-8',
  md: 'text/markdown; charset=utf-8',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
} as const;

export type DownloadFormat = keyof typeof downloadFormats;
