/**
 * The reading page in a real browser (Debian's chromium, driven by playwright-core), where
 * one is installed: hovering a word shows its entry, the language buttons switch the labels.
 */
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { buildDictionary, createReader } from '../../src/index.js'
import { renderReadingPage } from '../../src/views/reading-page.js'

const browserPath = '/usr/bin/chromium'

describe.runIf(existsSync(browserPath))('reading page in chromium', () => {
  it('shows an entry on hover and switches the interface language', async () => {
    const dictionary = buildDictionary('test', [
      { lemma: 'Fraktion', pos: 'NOUN', gender: 'f', senses: [{ glosses: ['parliamentary group'] }], domains: ['pol'] },
    ])
    const doc = createReader({ dictionaries: [dictionary] }).annotate('Die Fraktion tagte lange.')
    const file = join(mkdtempSync(join(tmpdir(), 'lesehilfe-page-')), 'page.html')
    writeFileSync(file, renderReadingPage(doc))
    const browser = await chromium.launch({
      executablePath: browserPath,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
      ],
    })
    try {
      const page = await browser.newPage()
      await page.goto(`file://${file}`)
      const tooltip = page.locator('.lh-w .lh-g').first()
      await expect(tooltip.isVisible()).resolves.toBe(false)
      await page.locator('.lh-w').first().hover()
      await expect(tooltip.isVisible()).resolves.toBe(true)
      await expect(tooltip.textContent()).resolves.toMatch(/parliamentary group/)
      await expect(tooltip.textContent()).resolves.toMatch(/feminine/)
      await page.click('button[value=de]')
      await expect(tooltip.textContent()).resolves.toMatch(/Substantiv, feminin(?!e)/)
      await expect(page.locator('html').getAttribute('data-locale')).resolves.toBe('de')
    } finally {
      await browser.close()
    }
  })
})
