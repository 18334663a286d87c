import type { ItemKind } from '../../vocabulary.js'

export interface ItemNumbersTable {
  workspace_id: number
  number: number
  kind: ItemKind
}
