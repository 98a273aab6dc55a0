import type { Page } from 'playwright-core'
import { afterEach, beforeEach, expect, test } from 'vitest'
import { openSession, screenshot, seriousA11yViolations, type Session } from './browser'

let session: Session
beforeEach(async () => {
  session = await openSession({ viewport: { width: 1920, height: 1080 } })
})
afterEach(async () => {
  await session.close()
})

type TextProblem = { text: string; fontSize: number; contrast: number; rule: string }

/** Measures every visible text on screen: computed font size and contrast against its real background. */
function measureTexts(
  page: Page,
): Promise<{ checked: number; problems: TextProblem[]; marks: number; markProblems: string[] }> {
  return page.evaluate(() => {
    const parse = (color: string): [number, number, number, number] => {
      const m = color.match(/rgba?\(([^)]+)\)/)
      if (!m?.[1]) return [0, 0, 0, 1]
      const [r = 0, g = 0, b = 0, a = 1] = m[1]
        .split(/[ ,/]+/)
        .filter(Boolean)
        .map(Number)
      return [r, g, b, a]
    }
    const luminance = ([r, g, b]: [number, number, number, number]) => {
      const c = [r, g, b].map((v) => {
        const s = v / 255
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4
      })
      return 0.2126 * (c[0] ?? 0) + 0.7152 * (c[1] ?? 0) + 0.0722 * (c[2] ?? 0)
    }
    const ratio = (a: [number, number, number, number], b: [number, number, number, number]) => {
      const [l1, l2] = [luminance(a), luminance(b)].sort((x, y) => y - x)
      return ((l1 ?? 0) + 0.05) / ((l2 ?? 0) + 0.05)
    }
    const background = (element: Element | null): [number, number, number, number] => {
      // SVG text sits on an SVG shape (a grade box): use the shape under it when there is one.
      if (element instanceof SVGTextElement) {
        const box = element.getBoundingClientRect()
        for (const shape of element.parentElement?.querySelectorAll('rect') ?? []) {
          const r = shape.getBoundingClientRect()
          const fill = parse(getComputedStyle(shape).fill)
          if (
            r.left <= box.left &&
            r.right >= box.right &&
            r.top <= box.top &&
            r.bottom >= box.bottom &&
            fill[3] > 0.5
          ) {
            return fill
          }
        }
      }
      for (let node = element; node; node = node.parentElement) {
        const bg = parse(getComputedStyle(node).backgroundColor)
        if (bg[3] > 0.5 && !(node instanceof SVGElement)) return bg
      }
      return [255, 255, 255, 1]
    }
    const visible = (element: Element) => {
      const rect = element.getBoundingClientRect()
      if (rect.width === 0 || rect.height === 0) return false
      // Wholly above or left of the page (Recharts' text-measuring span): nobody can scroll to it.
      if (rect.bottom + window.scrollY < 0 || rect.right + window.scrollX < 0) return false
      for (let node: Element | null = element; node; node = node.parentElement) {
        const style = getComputedStyle(node)
        if (style.display === 'none' || style.visibility === 'hidden' || style.opacity === '0')
          return false
      }
      return !element.closest('.visually-hidden')
    }
    const problems: TextProblem[] = []
    let checked = 0
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.trim()
      const element = node.parentElement
      if (!text || !element || !visible(element)) continue
      checked += 1
      const style = getComputedStyle(element)
      const fontSize = parseFloat(style.fontSize)
      const color = element instanceof SVGElement ? parse(style.fill) : parse(style.color)
      const contrast = ratio(color, background(element))
      const isTitle = element.closest('.slide__title') !== null
      const isNumber = element.closest('.slide__number') !== null
      const min = isNumber ? 96 : isTitle ? 56 : 32
      if (fontSize < min) problems.push({ text, fontSize, contrast, rule: `font ≥ ${min}px` })
      if (contrast < 7) problems.push({ text, fontSize, contrast, rule: 'contrast ≥ 7:1' })
    }
    const markProblems: string[] = []
    let marks = 0
    const slide = document.querySelector('.slide:not([hidden])')
    const lines = slide?.querySelectorAll('.recharts-line-curve') ?? []
    if (lines.length > 4) markProblems.push(`${lines.length} series (max 4)`)
    for (const line of lines) {
      marks += 1
      const style = getComputedStyle(line)
      if (parseFloat(style.strokeWidth) < 4) markProblems.push(`line ${style.strokeWidth} wide`)
      const contrast = ratio(parse(style.stroke), background(slide))
      if (contrast < 4.5) markProblems.push(`line contrast ${contrast.toFixed(2)}`)
    }
    for (const bar of slide?.querySelectorAll('rect.ranking-chart__bar') ?? []) {
      marks += 1
      const style = getComputedStyle(bar)
      const contrast = ratio(parse(style.fill), background(slide))
      if (contrast < 4.5 || parseFloat(style.fillOpacity) < 1)
        markProblems.push(`bar contrast ${contrast.toFixed(2)}`)
    }
    return { checked, problems, marks, markProblems }
  })
}

async function ready(page: Page) {
  await page.locator('.slide:not([hidden]) .slide__title').waitFor()
}

test('the whole deck walks by keyboard at 1920×1080, every text measured legible, with no request and no network', async () => {
  const { page, baseUrl, context } = session
  await page.goto(`${baseUrl}/briefing?region=3271`)
  await ready(page)
  const counter = page.getByRole('status', { name: 'Salindia' })
  expect(await counter.innerText()).toBe('1 / 8')

  const requests: string[] = []
  page.on('request', (request) => requests.push(request.url()))
  await context.setOffline(true)

  const keys = ['ArrowRight', 'PageDown', ' ', 'ArrowRight', 'PageDown', ' ', 'ArrowRight']
  let measured = 0
  let marks = 0
  for (let slide = 1; slide <= 8; slide += 1) {
    await expect.poll(() => counter.innerText()).toBe(`${slide} / 8`)
    await ready(page)
    expect(await page.locator('.slide:not([hidden]) .slide__snapshot').innerText()).toContain(
      'dibekukan',
    )
    const { checked, problems, marks: m, markProblems } = await measureTexts(page)
    expect(problems, `slide ${slide}`).toEqual([])
    expect(markProblems, `slide ${slide}`).toEqual([])
    measured += checked
    marks += m
    if ([1, 6, 7, 8].includes(slide)) await screenshot(page, `briefing-slide-${slide}`)
    const key = keys[slide - 1]
    if (key) await page.keyboard.press(key === ' ' ? 'Space' : key)
  }
  await page.keyboard.press('Home')
  await expect.poll(() => counter.innerText()).toBe('1 / 8')
  await page.keyboard.press('End')
  await expect.poll(() => counter.innerText()).toBe('8 / 8')
  await page.keyboard.press('PageUp')
  await expect.poll(() => counter.innerText()).toBe('7 / 8')
  expect(requests).toEqual([])
  expect(measured).toBeGreaterThan(100)
  expect(marks).toBeGreaterThan(3)
  console.log(`briefing: ${measured} text nodes and ${marks} data marks measured across 8 slides`)
  await context.setOffline(false)
  expect(session.problems).toEqual([])
})

test('the dark variant is as legible', async () => {
  const { page, baseUrl } = session
  await page.goto(`${baseUrl}/briefing?region=3271`)
  await ready(page)
  await page.getByRole('button', { name: 'Susunan salindia' }).click()
  await page.getByLabel('Tema').selectOption('dark')
  await page.getByRole('button', { name: 'Susunan salindia' }).click()
  for (let slide = 1; slide <= 8; slide += 1) {
    await expect
      .poll(() => page.getByRole('status', { name: 'Salindia' }).innerText())
      .toBe(`${slide} / 8`)
    const { problems, markProblems } = await measureTexts(page)
    expect(problems, `dark slide ${slide}`).toEqual([])
    expect(markProblems, `dark slide ${slide}`).toEqual([])
    if (slide === 1) await screenshot(page, 'briefing-dark-slide-1')
    await page.keyboard.press('ArrowRight')
  }
  expect(session.problems).toEqual([])
})

test('help lists the keys, the deck can be reordered and is in the URL, Esc leaves', async () => {
  const { page, baseUrl } = session
  await page.goto(`${baseUrl}/briefing?region=3271`)
  await ready(page)
  await page.keyboard.press('?')
  const help = page.getByRole('dialog', { name: 'Tombol pintas briefing' })
  await help.waitFor()
  for (const label of [
    'Salindia berikutnya',
    'Salindia sebelumnya',
    'Salindia pertama',
    'Salindia terakhir',
  ]) {
    await help.getByText(label, { exact: true }).waitFor()
  }
  expect(await seriousA11yViolations(page)).toEqual([])
  await page.keyboard.press('Escape')
  await help.waitFor({ state: 'detached' })

  await page.getByRole('button', { name: 'Susunan salindia' }).click()
  await page.getByRole('button', { name: 'Turunkan Tingkat Pengangguran Terbuka (TPT)' }).click()
  await page.getByRole('button', { name: 'Hapus Opini BPK atas LKPD' }).click()
  const deck = new URL(page.url()).searchParams.get('deck')
  expect(deck).toBe('stunting,tpt,inflation,poverty,sakip,programs,directives')
  await expect.poll(() => page.getByRole('status', { name: 'Salindia' }).innerText()).toBe('1 / 7')
  await page.reload()
  await ready(page)
  expect(await page.locator('.slide:not([hidden]) .slide__title').innerText()).toContain('stunting')
  await page.keyboard.press('Escape')
  await page.waitForURL((url) => url.pathname === '/')
  expect(session.problems).toEqual([])
})

test('print gives one 16:9 page per slide', async () => {
  const { page, baseUrl } = session
  await page.goto(`${baseUrl}/briefing?region=3271`)
  await ready(page)
  await page.emulateMedia({ media: 'print' })
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true })
  const text = pdf.toString('latin1')
  const pages = text.match(/\/Type\s*\/Page[^s]/g)?.length ?? 0
  expect(pages).toBe(8)
  const box = text.match(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/)
  expect(box).not.toBeNull()
  expect(Number(box?.[1]) / Number(box?.[2])).toBeCloseTo(16 / 9, 2)
  expect(session.problems).toEqual([])
})

test('a chart added from an indicator page becomes a slide', async () => {
  const { page, baseUrl } = session
  await page.goto(`${baseUrl}/indicators/tpt?region=3271`)
  const breakdown = page.getByRole('figure', { name: /per wilayah/ })
  await breakdown.getByRole('button', { name: 'Tambah ke briefing' }).click()
  await breakdown.getByRole('button', { name: 'Sudah ada di briefing' }).waitFor()
  await page.goto(`${baseUrl}/briefing?region=3271`)
  await ready(page)
  expect(await page.getByRole('status', { name: 'Salindia' }).innerText()).toBe('1 / 9')
  await page.keyboard.press('End')
  await expect
    .poll(() => page.locator('.slide:not([hidden]) .slide__title').innerText())
    .toContain('per wilayah')
  // The city's own figure is official; the kecamatan bars in the demo are synthetic, and say so.
  const slide = page.locator('.slide:not([hidden])')
  expect(await slide.locator('.slide__number').innerText()).toBe('9,39\u00a0%')
  expect(await slide.locator('.slide__source').innerText()).toContain('Data sintetis')
  expect(session.problems).toEqual([])
})

test('corrupt saved briefing state is discarded with a notice', async () => {
  const { page, baseUrl } = session
  await page.goto(`${baseUrl}/`)
  await page.evaluate(() =>
    localStorage.setItem('kinerja.briefing', '{"version":0,"decks":"broken'),
  )
  await page.goto(`${baseUrl}/briefing?region=3271`)
  await page
    .getByText('Susunan briefing yang tersimpan rusak atau versi lama, jadi diabaikan.')
    .waitFor()
  await ready(page)
  expect(await page.getByRole('status', { name: 'Salindia' }).innerText()).toBe('1 / 8')
  expect(session.problems).toEqual([])
})
