// Pure data tests, no browser: the comparison's ordinal reading covers every cell, and the charts draw the data.
import type { ChartSpec } from '../../charts/chart-spec.ts'
import type { ComparisonRow } from '../../data/comparison.ts'
import type { DependencySurface } from '../../data/dependencies.ts'
import { expect, test } from '@playwright/test'
import { chartDataProblem } from '../../charts/chart-spec.ts'
import { comparisonRadarChart, describeRings, describeUnranked } from '../../charts/comparison-radar.ts'
import { dependencySurfaceChart } from '../../charts/dependency-surface.ts'
import { incidentTimelineChart } from '../../charts/incident-timeline.ts'
import { comparisonReadings, describeLevel, levelOf, levels, ordinalRows, unreadCells } from '../../data/comparison-scale.ts'
import { comparisonRows, languages } from '../../data/comparison.ts'
import { goSurface, rustSurface } from '../../data/dependencies.ts'
import { incidents } from '../../data/incidents.ts'

/** A chart.js tick callback, called the way the scale calls it, with only the value it reads. */
function tickLabel(callback: unknown, value: number): string {
  return String((callback as (value: number) => unknown)(value))
}

test.describe('the ordinal reading of the comparison table', () => {
  test('every distinct cell word has a level, or its row is declared not ordinal', () => {
    for (const row of comparisonRows) {
      const reading = comparisonReadings[row.dimension]
      expect.soft(reading, `row "${row.dimension}" has a reading in data/comparison-scale.ts`).toBeDefined()
      if (!reading?.ordinal)
        continue
      for (const words of new Set(languages.map(language => row.ratings[language])))
        expect.soft(reading.levels[words], `row "${row.dimension}": the words "${words}" have a level in data/comparison-scale.ts`).toBeDefined()
    }
    expect(unreadCells()).toEqual([])
  })

  test('a missing level is named by its row and its words', () => {
    const [first, ...rest] = comparisonRows
    const reworded: ComparisonRow = {
      ...first!,
      ratings: { ...first!.ratings, Zig: 'Blazing' },
    }
    expect(unreadCells([reworded, ...rest])).toEqual([
      `Row "${first!.dimension}": the Zig words "Blazing" have no level in data/comparison-scale.ts.`,
    ])
    const newRow: ComparisonRow = {
      dimension: 'Mascot',
      ratings: { Go: 'Gopher', Rust: 'Crab', Zig: 'Ziggy' },
    }
    expect(unreadCells([...comparisonRows, newRow])).toEqual(['Row "Mascot" has no reading in data/comparison-scale.ts.'])
  })

  test('the reading has no entries for rows or words the table does not have', () => {
    const dimensions = comparisonRows.map(row => row.dimension)
    expect(Object.keys(comparisonReadings).sort()).toEqual([...dimensions].sort())
    for (const row of comparisonRows) {
      const reading = comparisonReadings[row.dimension]!
      if (reading.ordinal) {
        expect.soft(Object.keys(reading.levels).sort(), `row "${row.dimension}" ranks only its own words`).toEqual([
          ...new Set(languages.map(language => row.ratings[language])),
        ].sort())
      }
      else {
        expect.soft(reading.reason, `row "${row.dimension}" says why it is not ranked`).not.toBe('')
      }
    }
  })

  test('rows where smaller is better are ranked by goodness: the smallest surface reads best', () => {
    const lowerIsBetter = comparisonRows.filter(row => comparisonReadings[row.dimension]?.ordinal && (comparisonReadings[row.dimension] as { lowerIsBetter: boolean }).lowerIsBetter)
    expect(lowerIsBetter.map(row => row.dimension)).toContain('Supply chain surface')
    const supplyChain = comparisonRows.find(row => row.dimension === 'Supply chain surface')!
    expect(levelOf(supplyChain, 'Go')).toBe(Math.max(...levels))
    expect(levelOf(supplyChain, 'Go')!).toBeGreaterThan(levelOf(supplyChain, 'Rust')!)
  })

  test('every level has its own name for the legend', () => {
    const names = levels.map(describeLevel)
    expect(names.every(name => name.length > 0)).toBe(true)
    expect(new Set(names).size).toBe(levels.length)
  })
})

test.describe('the charts draw the data, and say so in words', () => {
  const specs: [string, ChartSpec][] = [
    [
      'dependency surface',
      dependencySurfaceChart(),
    ],
    [
      'incident timeline',
      incidentTimelineChart(),
    ],
    [
      'comparison radar',
      comparisonRadarChart(),
    ],
  ]

  for (const [name, spec] of specs) {
    test(`${name}: drawable, with a point in words and a table`, () => {
      expect(chartDataProblem(spec)).toBeNull()
      expect(spec.ariaLabel.trim()).not.toBe('')
      expect(spec.table.length).toBeGreaterThan(1)
      for (const row of spec.table)
        expect(row).toHaveLength(spec.table[0]!.length)
    })
  }

  test('dependency surface: bar lengths are the lists\' lengths, and the transitive count is a lower bound', () => {
    const spec = dependencySurfaceChart()
    expect(spec.data.labels).toEqual([goSurface.language, rustSurface.language])
    const [stdlib, direct, transitive] = spec.data.datasets
    expect(stdlib!.data).toEqual([goSurface.direct.length, 0])
    expect(direct!.data).toEqual([0, rustSurface.direct.length])
    expect(transitive!.data).toEqual([goSurface.transitive.length, rustSurface.transitive.length])
    expect(rustSurface.transitiveIsLowerBound).toBe(true)
    expect(transitive!.label).toMatch(/lower bound/)
    expect(transitive!.label).toContain('and more')
    expect(spec.ariaLabel).toContain(`at least ${rustSurface.transitive.length}`)
    expect(spec.ariaLabel).toMatch(/lower bound/)
    const rustRow = spec.table.find(row => row[0] === rustSurface.language)!
    expect(rustRow.at(-1)).toContain(`at least ${rustSurface.transitive.length}`)
    expect(rustRow.at(-1)).toMatch(/lower bound/)
  })

  test('dependency surface: a complete list is not called a lower bound', () => {
    const complete: DependencySurface = { ...rustSurface, transitiveIsLowerBound: false }
    const spec = dependencySurfaceChart([goSurface, complete])
    expect(JSON.stringify([
      spec.data.datasets.map(dataset => dataset.label),
      spec.ariaLabel,
      spec.table,
    ])).not.toMatch(/lower bound|at least/)
  })

  test('incident timeline: one point per incident at its year, labelled with its name', () => {
    const spec = incidentTimelineChart()
    const points = spec.data.datasets.flatMap(dataset => dataset.data) as { x: number, y: number }[]
    expect(points.map(point => point.x)).toEqual(incidents.map(incident => incident.year))
    const y = spec.options.scales!.y!
    expect(points.map(point => tickLabel(y.ticks!.callback, point.y))).toEqual(incidents.map(incident => incident.name))
    const x = spec.options.scales!.x!
    const years = incidents.map(incident => incident.year)
    expect(x.min).toBeLessThan(Math.min(...years))
    expect(x.max).toBeGreaterThan(Math.max(...years))
    for (const incident of incidents) {
      expect(spec.ariaLabel).toContain(incident.name)
      expect(tickLabel(x.ticks!.callback, incident.year)).toBe(String(incident.year))
    }
  })

  test('comparison radar: one outline per language over the ordinal rows, on a scale from 0 to the top level', () => {
    const spec = comparisonRadarChart()
    const ranked = ordinalRows()
    expect(spec.data.labels).toEqual(ranked.map(row => row.dimension))
    expect(spec.data.datasets.map(dataset => dataset.label)).toEqual([...languages])
    for (const dataset of spec.data.datasets)
      expect(dataset.data).toEqual(ranked.map(row => row.levels[dataset.label as typeof languages[number]]))
    const r = spec.options.scales!.r!
    expect(r.min).toBe(0)
    expect(r.max).toBe(Math.max(...levels))
    for (const level of levels)
      expect(tickLabel(r.ticks!.callback, level)).toBe(describeLevel(level))
    expect(spec.ariaLabel).toMatch(/our ordinal reading/i)
    expect(spec.ariaLabel).toMatch(/not a measurement/)
    for (const level of levels)
      expect(describeRings()).toContain(describeLevel(level))
    for (const row of comparisonRows.filter(row => !comparisonReadings[row.dimension]?.ordinal))
      expect(describeUnranked()).toContain(row.dimension)
  })
})
