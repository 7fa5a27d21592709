import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { generate } from '@graphql-codegen/cli'
import { describe, expect, it } from 'vitest'
import config from '../../../codegen'

// The checked-in types in src/shared/api/gql must be what `npm run codegen` makes from api/schema.graphql and the
// documents in src: a document the schema does not have, or output nobody regenerated, fails here (and so in CI).
const web = join(import.meta.dirname, '..', '..', '..')

describe('generated GraphQL types (npm run codegen)', () => {
  it('are current with api/schema.graphql and every document', { timeout: 120_000 }, async () => {
    const files: { filename: string; content: string }[] = await generate({ ...config, cwd: web, silent: true }, false)
    expect(files.length).toBeGreaterThan(0)
    for (const file of files) {
      const checkedIn = readFileSync(join(web, file.filename), 'utf8')
      expect(checkedIn, `${file.filename} is stale: run npm run codegen in web/`).toBe(file.content)
    }
  })
})
