/** Every label a person reads comes from here (English and German interface). */
import i18next, { type TFunction } from 'i18next'
import de from './de.json'
import en from './en.json'

export type Locale = 'en' | 'de'

const instance = i18next.createInstance()
void instance.init({
  lng: 'en',
  fallbackLng: 'en',
  resources: { en: { translation: en }, de: { translation: de } },
  initAsync: false,
  showSupportNotice: false,
} as Parameters<typeof instance.init>[0])

export function translator(locale: Locale): TFunction {
  return instance.getFixedT(locale)
}

/** The raw resources, for pages that switch language in the browser. */
export const resources = { en, de }
