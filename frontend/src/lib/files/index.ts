/** The file name the server chose (Content-Disposition's plain `filename`), or {@code fallback}. */
export function fileNameOf(response: Response, fallback: string): string {
  const match = /filename="([^"]+)"/.exec(response.headers.get('Content-Disposition') ?? '');
  return match?.[1] ?? fallback;
}

/** Hands a file fetched with the bearer token (so not a plain link) to the browser as a download. */
export function saveFile(data: Blob, name: string): void {
  const url = URL.createObjectURL(data);
  try {
    const link = document.createElement('a');
    link.href = url;
    link.download = name;
    link.rel = 'noopener';
    document.body.appendChild(link);
    link.click();
    link.remove();
  } finally {
    // Once the click has handed the bytes over: they stay in memory only for the moment of the download.
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }
}
