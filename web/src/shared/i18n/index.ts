import i18n from 'i18next'
import LanguageDetector from 'i18next-browser-languagedetector'
import { initReactI18next } from 'react-i18next'
import zhCN from './locales/zh-CN.json'
import en from './locales/en.json'

export const LANGUAGES = ['zh-CN', 'en'] as const
export type Language = (typeof LANGUAGES)[number]
export const DEFAULT_LANGUAGE: Language = 'zh-CN'
/** localStorage key shared by the three portals, so a choice made in one holds in all. */
export const LANGUAGE_STORAGE_KEY = 'propertysaas.lang'

type Messages = { [key: string]: string | Messages }

// Features may keep their strings beside them (src/features/<name>/locales/<lang>.json); they merge into one table.
const featureLocales = import.meta.glob<{ default: Messages }>('/src/features/*/locales/*.json', { eager: true })

function mergeInto(target: Messages, source: Messages): Messages {
  for (const [key, value] of Object.entries(source)) {
    const existing = target[key]
    target[key] =
      typeof value === 'object' && typeof existing === 'object' ? mergeInto({ ...existing }, value) : value
  }
  return target
}

function withFeatures(base: Messages, language: string): Messages {
  let merged: Messages = { ...base }
  for (const [path, module] of Object.entries(featureLocales)) {
    if (path.endsWith(`/${language}.json`)) merged = mergeInto(merged, module.default)
  }
  return merged
}

export const resources = {
  'zh-CN': { translation: withFeatures(zhCN as Messages, 'zh-CN') },
  en: { translation: withFeatures(en as Messages, 'en') },
} as const

void i18n
  .use(LanguageDetector)
  .use(initReactI18next)
  .init({
    resources,
    supportedLngs: [...LANGUAGES],
    fallbackLng: DEFAULT_LANGUAGE,
    nonExplicitSupportedLngs: false,
    load: 'currentOnly',
    // zh-CN is the default: only an explicit choice (?lang= or a stored one) changes it, not the browser.
    detection: {
      order: ['querystring', 'localStorage'],
      lookupQuerystring: 'lang',
      lookupLocalStorage: LANGUAGE_STORAGE_KEY,
      caches: ['localStorage'],
    },
    interpolation: { escapeValue: false },
    returnNull: false,
  })

i18n.on('languageChanged', (lng) => {
  document.documentElement.lang = lng
})
document.documentElement.lang = i18n.resolvedLanguage ?? DEFAULT_LANGUAGE

export function currentLanguage(): Language {
  const lng = i18n.resolvedLanguage ?? i18n.language
  return (LANGUAGES as readonly string[]).includes(lng) ? (lng as Language) : DEFAULT_LANGUAGE
}

export default i18n
