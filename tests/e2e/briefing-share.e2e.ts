import { execFileSync } from 'node:child_process'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import JSZip from 'jszip'
import type { Page } from 'playwright-core'
import { afterEach, beforeEach, expect, test } from 'vitest'
import { openSession, screenshot, type Session } from './browser'

let session: Session
beforeEach(async () => {
  session = await openSession({ viewport: { width: 1920, height: 1080 } })
})
afterEach(async () => {
  await session.close()
})

const ARTIFACTS = 'tests/e2e/artifacts'
const counter = (page: Page) => page.locator('.briefing__counter')
const clean = (text: string) => text.replace(/\s+/g, ' ').trim()

async function open(page: Page, url: string) {
  await page.goto(url)
  await page.locator('.briefing__stage .slide-canvas:not([hidden]) .slide__title').waitFor()
}

test('the title is edited in the deck panel, the link carries deck and title, and "Salin tautan" copies it', async () => {
  const { page, baseUrl, context } = session
  await open(page, `${baseUrl}/briefing?region=3271&slide=3`)
  expect(new URL(page.url()).searchParams.has('deck')).toBe(false)
  await page.getByRole('button', { name: 'Susunan salindia' }).click()
  await page.getByLabel('Nama rapat').fill('Rapat Koordinasi  Desember')
  await page.getByLabel('Tanggal rapat').fill('2026-12-01')
  await page.getByRole('button', { name: 'Simpan judul' }).click()
  await expect
    .poll(() => new URL(page.url()).searchParams.get('meeting'))
    .toBe('Rapat Koordinasi Desember')
  const url = new URL(page.url())
  expect(url.searchParams.get('date')).toBe('2026-12-01')
  expect(url.searchParams.get('deck')).toBe(
    'title,tpt,stunting,inflation,poverty,sakip,audit-opinion,programs,directives',
  )
  await page.keyboard.press('Escape')
  await page.keyboard.press('Home')
  const title = page.locator('.briefing__stage .slide-canvas:not([hidden])')
  expect(clean(await title.locator('.slide__title').innerText())).toBe('Rapat Koordinasi Desember')
  expect(await title.locator('.title-slide__date').innerText()).toBe('1 Desember 2026')
  await expect.poll(() => page.title()).toBe('Rapat Koordinasi Desember · Kinerja')

  // Refused by the browser (as a locked-down office browser does): the link is shown, selected,
  // to copy by hand.
  await page.evaluate(() =>
    Object.defineProperty(navigator.clipboard, 'writeText', {
      configurable: true,
      value: () => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError')),
    }),
  )
  await page.getByRole('button', { name: 'Susunan salindia' }).click()
  await page.getByRole('button', { name: 'Salin tautan' }).click()
  const field = page.getByLabel('Tautan briefing')
  await field.waitFor()
  const shared = new URL(await field.inputValue())
  expect(shared.searchParams.get('deck')).toBe(url.searchParams.get('deck'))
  expect(shared.searchParams.get('meeting')).toBe('Rapat Koordinasi Desember')
  expect(shared.searchParams.has('slide')).toBe(false)
  await screenshot(page, 'briefing-copy-link-fallback')

  // Allowed: copied.
  await page.evaluate(() => delete (navigator.clipboard as { writeText?: unknown }).writeText)
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  await page.getByRole('button', { name: 'Salin tautan' }).click()
  await page.getByText('Tautan disalin.').waitFor()
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(shared.toString())

  // A colleague opening the link sees the same deck and title.
  const colleague = await context.newPage()
  await open(colleague, shared.toString())
  expect(
    clean(
      await colleague
        .locator('.briefing__stage .slide-canvas:not([hidden]) .slide__title')
        .innerText(),
    ),
  ).toBe('Rapat Koordinasi Desember')
  expect(await counter(colleague).innerText()).toBe(
    await counter(page)
      .innerText()
      .then((t) => t.replace(/^\d+/, '1')),
  )
  await colleague.close()
  expect(session.problems).toEqual([])
})

test('PowerPoint: one editable slide per slide, with its headline, number and source as text', async () => {
  const { page, baseUrl } = session
  await open(
    page,
    `${baseUrl}/briefing?region=3271&deck=title,tpt,breakdown:tpt,parents:tpt,sakip,programs,directives&meeting=Rapat%20Desember`,
  )
  const total = Number((await counter(page).innerText()).split('/')[1])
  const slides = page.locator('.briefing__stage .slide-canvas')
  const headlines = (
    await slides
      .locator('.slide')
      .evaluateAll((all) =>
        all.map((slide) => slide.querySelector('.slide__headline')?.textContent ?? ''),
      )
  ).map(clean)
  const values = (
    await slides
      .locator('.slide')
      .evaluateAll((all) =>
        all.map((slide) => slide.querySelector('.slide__value')?.textContent ?? ''),
      )
  ).map(clean)
  await page.getByRole('button', { name: 'Susunan salindia' }).click()
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Unduh PowerPoint' }).click(),
  ])
  expect(download.suggestedFilename()).toBe('Rapat Desember.pptx')
  await mkdir(ARTIFACTS, { recursive: true })
  const file = `${ARTIFACTS}/briefing.pptx`
  await download.saveAs(file)
  await page.getByText('PowerPoint diunduh.').waitFor()

  const zip = await JSZip.loadAsync(await readFile(file))
  const names = Object.keys(zip.files)
    .filter((name) => /^ppt\/slides\/slide\d+\.xml$/.test(name))
    .sort((a, b) => Number(a.match(/\d+/)?.[0]) - Number(b.match(/\d+/)?.[0]))
  expect(names).toHaveLength(total)
  const decode = (xml: string) =>
    clean(
      [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)]
        .map((m) => m[1] ?? '')
        .join(' ')
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&quot;/g, '"')
        .replace(/&apos;/g, "'")
        .replace(/&amp;/g, '&'),
    )
  for (const [index, name] of names.entries()) {
    const xml = await zip.file(name)!.async('string')
    const text = decode(xml)
    if (headlines[index]) expect(text, name).toContain(headlines[index])
    if (values[index]) expect(text, name).toContain(values[index])
    expect(text, name).toContain(`${index + 1} / ${total}`)
    expect(text, name).toContain('Kota Bogor')
  }
  // Charts are pictures in the file; the TPT slide's source is text.
  const media = Object.keys(zip.files).filter((name) => name.startsWith('ppt/media/'))
  expect(media.length).toBeGreaterThanOrEqual(4)
  expect(decode(await zip.file(names[1]!)!.async('string'))).toContain(
    'Sumber: BPS, Sakernas Agustus 2023',
  )
  const core = await zip.file('docProps/core.xml')!.async('string')
  expect(core).toContain('<dc:title>Rapat Desember</dc:title>')
  expect(session.problems).toEqual([])
})

test('print: one light 16:9 page per slide, numbered, titled by the meeting, even from the dark theme', async () => {
  const { page, baseUrl } = session
  await open(page, `${baseUrl}/briefing?region=3271&meeting=Rapat%20Desember`)
  const total = Number((await counter(page).innerText()).split('/')[1])
  await page.getByRole('button', { name: 'Susunan salindia' }).click()
  await page.getByLabel('Tema').selectOption('dark')
  await page.keyboard.press('Escape')
  await page.emulateMedia({ media: 'print' })
  // Printing fires beforeprint and afterprint, as window.print() does.
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true })
  const file = `${ARTIFACTS}/briefing.pdf`
  await mkdir(ARTIFACTS, { recursive: true })
  await writeFile(file, pdf)
  const text = pdf.toString('latin1')
  expect(text.match(/\/Type\s*\/Page[^s]/g)?.length ?? 0).toBe(total)
  const box = text.match(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/)
  expect(Number(box?.[1]) / Number(box?.[2])).toBeCloseTo(16 / 9, 2)
  // The PDF is titled by the meeting (its document title while printing).
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' })
  expect(info).toMatch(/^Title:\s+Rapat Desember$/m)
  // Every page says its number and the city.
  const pages = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).split('\f')
  for (let n = 1; n <= total; n += 1) {
    expect(pages[n - 1], `page ${n}`).toContain(`${n} / ${total}`)
    expect(pages[n - 1], `page ${n}`).toContain('Kota Bogor')
  }
  // Pages to PNG for a look (first, an indicator, the board).
  execFileSync('pdftoppm', [
    '-png',
    '-r',
    '40',
    '-f',
    '1',
    '-l',
    String(total),
    file,
    `${ARTIFACTS}/briefing-pdf`,
  ])
  await page.emulateMedia({ media: 'screen' })
  expect(await page.evaluate(() => document.title)).toBe('Rapat Desember · Kinerja')
  expect(session.problems).toEqual([])
})
