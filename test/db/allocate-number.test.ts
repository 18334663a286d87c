import { expect, it } from 'vitest'
import { allocateItemNumber } from '../../src/domain/numbers/allocate-number.js'
import { describeWithDatabase } from '../support/databases.js'

describeWithDatabase(
  'short item numbers',
  (get) => {
    it('gives 50 concurrent inserts 50 distinct numbers, 1 to 50', async () => {
      const { db } = get()
      const workspace = await db
        .insertInto('workspaces')
        .values({ name: 'Bakohumas Wonosobo' })
        .returning('id')
        .executeTakeFirstOrThrow()
      const kinds = ['agenda', 'konten', 'narasi', 'pengingat'] as const
      const numbers = await Promise.all(
        Array.from({ length: 50 }, (_, i) =>
          db.transaction().execute((trx) => allocateItemNumber(trx, workspace.id, kinds[i % kinds.length]!)),
        ),
      )
      expect([...numbers].sort((a, b) => a - b)).toEqual(Array.from({ length: 50 }, (_, i) => i + 1))
    })

    it('gives a number back when the insert that took it rolls back', async () => {
      const { db } = get()
      const workspace = await db
        .insertInto('workspaces')
        .values({ name: 'Bakohumas Wonosobo' })
        .returning('id')
        .executeTakeFirstOrThrow()
      await expect(
        db.transaction().execute(async (trx) => {
          await allocateItemNumber(trx, workspace.id, 'agenda')
          throw new Error('validation failed after allocation')
        }),
      ).rejects.toThrow('validation failed')
      expect(await db.transaction().execute((trx) => allocateItemNumber(trx, workspace.id, 'agenda'))).toBe(1)
    })

    it('numbers each workspace on its own', async () => {
      const { db } = get()
      const a = await db
        .insertInto('workspaces')
        .values({ name: 'Bakohumas A' })
        .returning('id')
        .executeTakeFirstOrThrow()
      const b = await db
        .insertInto('workspaces')
        .values({ name: 'Bakohumas B' })
        .returning('id')
        .executeTakeFirstOrThrow()
      expect(await allocateItemNumber(db, a.id, 'agenda')).toBe(1)
      expect(await allocateItemNumber(db, b.id, 'agenda')).toBe(1)
      expect(await allocateItemNumber(db, a.id, 'konten')).toBe(2)
    })
  },
  { poolSize: 20 },
)
