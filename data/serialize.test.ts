import { expect, test } from 'vitest'
import { agencyDataFromData, getAgencyData } from './synthetic/agencies-data'
import { datasetFromData, getDataset } from './dataset'
import { programDataFromData, getProgramData } from './synthetic/programs-data'
import { serializeMockData } from './serialize'

// What the demo page gets (data/prebuilt.ts) is what Node builds, through JSON.
const shipped = JSON.parse(JSON.stringify(serializeMockData())) as ReturnType<
  typeof serializeMockData
>

test('the prepared dataset is the dataset', () => {
  expect(datasetFromData(shipped.dataset)).toEqual(getDataset())
})

test('the prepared agencies and programs are the agencies and programs', () => {
  expect(agencyDataFromData(shipped.agencies)).toEqual(getAgencyData())
  expect(programDataFromData(shipped.programs)).toEqual(getProgramData())
})
