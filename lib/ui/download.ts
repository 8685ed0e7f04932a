/** Hands a file to the browser's download flow (extension pages, and the sidebar on a click). */
export function downloadFile(fileName: string, mimeType: string, content: string): void {
  const url = URL.createObjectURL(new Blob([content], { type: `${mimeType};charset=utf-8` }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  // Long enough for the download to start; then the memory is given back.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
