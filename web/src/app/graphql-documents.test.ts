import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { buildSchema, parse, validate } from 'graphql'
import { describe, expect, it } from 'vitest'
import * as bills from '@/features/bills/queries'
import * as arrears from '@/features/arrears/queries'
import * as billingRuns from '@/features/billing-runs/queries'
import * as cashier from '@/features/cashier/queries'
import * as companies from '@/features/companies/queries'
import * as estates from '@/features/estates/queries'
import * as ledger from '@/features/ledger/queries'
import * as feesAdmin from '@/features/fees-admin/queries'
import * as staff from '@/features/staff-management/queries'
import * as units from '@/features/units/queries'
import { VIEWER_QUERY } from '@/shared/auth/viewer'

// The API's checked-in schema snapshot: the portals must ask only for what it has.
const schemaFile = join(import.meta.dirname, '..', '..', '..', 'api', 'schema.graphql')

const documents = Object.entries({ ...bills, ...feesAdmin, ...companies, ...estates, ...staff, ...units, ...cashier, ...billingRuns, ...arrears, ...ledger, VIEWER_QUERY }).filter(
  (entry): entry is [string, string] => typeof entry[1] === 'string' && /^\s*(query|mutation)\b/.test(entry[1]),
)

describe.skipIf(!existsSync(schemaFile))('GraphQL documents against api/schema.graphql', () => {
  const schema = buildSchema(existsSync(schemaFile) ? readFileSync(schemaFile, 'utf8') : 'type Query { x: Int }')

  it('finds the documents', () => {
    expect(documents.length).toBeGreaterThanOrEqual(8)
  })

  for (const [name, text] of documents) {
    it(`${name} is valid`, () => {
      expect(validate(schema, parse(text)).map((e) => e.message)).toEqual([])
    })
  }
})
