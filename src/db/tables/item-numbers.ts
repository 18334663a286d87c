export type ItemKind = 'agenda' | 'konten' | 'narasi' | 'pengingat'

export interface ItemNumbersTable {
  workspace_id: number
  number: number
  kind: ItemKind
}
