import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ROLES } from '@/shared/auth/roles'
import { resources } from './index'

type Tree = { [key: string]: string | Tree }

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>()
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key
    if (typeof value === 'string') out.set(path, value)
    else for (const [k, v] of flatten(value, path)) out.set(k, v)
  }
  return out
}

// The merged tables: the shared file plus every feature's locales/*.json.
const zhKeys = flatten(resources['zh-CN'].translation as Tree)
const enKeys = flatten(resources.en.translation as Tree)

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort()
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return sourceFiles(path)
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : []
  })
}

describe('translations', () => {
  it('every zh-CN key exists in en', () => {
    expect([...zhKeys.keys()].filter((k) => !enKeys.has(k))).toEqual([])
  })

  it('every en key exists in zh-CN', () => {
    expect([...enKeys.keys()].filter((k) => !zhKeys.has(k))).toEqual([])
  })

  it('no value is empty and both languages use the same placeholders', () => {
    for (const [key, zh] of zhKeys) {
      expect(zh.trim(), key).not.toBe('')
      expect(placeholders(enKeys.get(key) ?? ''), key).toEqual(placeholders(zh))
    }
  })

  it('every literal key used in the source exists', () => {
    const src = join(import.meta.dirname, '..', '..')
    const missing: string[] = []
    for (const file of sourceFiles(src)) {
      const text = readFileSync(file, 'utf8')
      const keys = [
        ...[...text.matchAll(/\bt\(\s*'([a-zA-Z][\w.]*)'/g)].map((m) => m[1]),
        ...[...text.matchAll(/labelKey: '([\w.]+)'/g)].map((m) => m[1]),
      ]
      for (const key of keys) if (!zhKeys.has(key)) missing.push(`${relative(src, file)}: ${key}`)
    }
    expect(missing).toEqual([])
  })

  it('has a label for every role and every unit usage and status', () => {
    const expected = [
      ...ROLES.map((r) => `roles.${r}`),
      ...['RESIDENTIAL', 'OFFICE', 'SHOP', 'FACTORY', 'PARKING'].map((u) => `unit.usage.${u}`),
      ...['UNSOLD', 'VACANT', 'OCCUPIED', 'RENOVATING'].map((s) => `unit.status.${s}`),
    ]
    expect(expected.filter((k) => !zhKeys.has(k))).toEqual([])
  })
})
