import { existsSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { annotate } from '../../src/index.js'

const seed = new URL('../../../shared/seed/article.de.txt', import.meta.url)

// The seed article's political vocabulary and the sense it has there (../shared, when present).
const POLITICAL_SENSES: [string, RegExp][] = [
  ['Staatsstreich', /coup/],
  ['Protest', /protest/],
  ['verurteilen', /condemn/],
  ['festnehmen', /arrest|detain/],
  ['Sicherheitskraft', /security force/],
  ['Ausschreitung', /riot|violen/],
  ['Revolution', /revolution/],
  ['bunte Revolution', /colou?r revolution/],
  ['Terrorismus', /terrorism/],
  ['Unruhe', /unrest|riot/],
  ['OVKS', /CSTO/],
  ['Kreml', /Kremlin/],
  ['entsenden', /send|dispatch|deploy/],
  ['einen Schießbefehl erteilen', /shoot|fire/],
  ['Truppenentsendung', /troop/],
  ['Friedenstruppe', /peacekeep/],
  ['Militärbündnis', /military alliance/],
  ['Innenministerium', /interior|home/],
  ['Staatstrauer', /mourning/],
  ['Behördenangabe', /authorities/],
  ['Regierungsinstitution', /government/],
  ['verfassungsmäßige Ordnung', /constitutional order/],
  ['öffentliche Ordnung', /public order/],
  ['kollektive Sicherheit', /collective security/],
  ['tolerieren', /tolerate/],
  ['Kampferfahrung', /combat/],
  ['Staatschef', /head of state/],
  ['Demonstrant', /demonstrator|protester/],
  ['Plünderung', /loot/],
  ['Randalierer', /rioter/],
  ['Islamist', /Islamist/],
  ['Bande', /gang/],
  ['Opfer', /victim/],
  ['Macht', /power/],
  ['Ergreifung', /seizure/],
  ['Residenz', /residence/],
  ['Bilanz', /toll|outcome/],
  ['Antiterror-Einsatz', /anti-terror/],
  ['mitteilen', /announce|inform|state/],
  ['zurückziehen', /withdraw|retract/],
  ['in Aktion treten', /action/],
  ['unter Berufung auf', /citing|quoting|according/],
]

describe.runIf(existsSync(seed))('the seed article (../shared): political terms in their political sense', () => {
  const doc = annotate(readFileSync(seed, 'utf8'))
  for (const [lemma, sense] of POLITICAL_SENSES) {
    it(`${lemma}: ${sense}`, () => {
      const annotation = doc.annotations.find((a) => a.lemma === lemma && a.entries.length > 0)
      expect(annotation, `${lemma} is glossed`).toBeDefined()
      const first = doc.entries[annotation?.entries[0] as string]?.senses[0]?.glosses.join('; ')
      expect(first).toMatch(sense)
    })
  }
})
