import { vi } from 'vitest'

export type Download = {
  fileName: string
  /** The file's text as saved, byte-order mark included (Blob.text() would drop it). */
  text: () => Promise<string>
}

/**
 * Catches what `downloadBlob` (src/components/ui/download.ts) saves: jsdom has no object URLs and
 * does not navigate on a link click, so the blob and the link's file name are recorded instead.
 */
export function catchDownloads(): Download[] {
  const downloads: Download[] = []
  const blobs = new Map<string, Blob>()
  let next = 0
  URL.createObjectURL = (blob: Blob | MediaSource) => {
    const url = `blob:test/${(next += 1)}`
    blobs.set(url, blob as Blob)
    return url
  }
  URL.revokeObjectURL = () => undefined
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    const blob = blobs.get(this.href)
    if (!blob) return
    downloads.push({
      fileName: this.download,
      text: async () =>
        new TextDecoder('utf-8', { ignoreBOM: true }).decode(await blob.arrayBuffer()),
    })
  })
  return downloads
}
