import type { Level } from '../data/comparison-scale.ts'
import type { ComparisonRow, Language } from '../data/comparison.ts'
import type { ChartSpec } from './chart-spec.ts'
import { comparisonReadings, describeLevel, levels, ordinalRows } from '../data/comparison-scale.ts'
import { comparisonRows, languages } from '../data/comparison.ts'
import { chartColour, roomFontPx } from './chart-spec.ts'

const languageColour: Record<Language, string> = {
  Go: chartColour.go,
  Rust: chartColour.rust,
  Zig: chartColour.zig,
}

/** The essay's table as a shape: the rows we read as ordinal, one outline per language, on our five-step scale. */
export function comparisonRadarChart(rows: readonly ComparisonRow[] = comparisonRows): ChartSpec<'radar'> {
  const ranked = ordinalRows(rows)
  const top = Math.max(...levels)
  const levelName = (value: number | string) => levels.includes(Number(value) as Level)
    ? describeLevel(Number(value) as Level)
    : ''
  return {
    id: 'comparison-radar',
    type: 'radar',
    data: {
      labels: ranked.map(row => row.dimension),
      datasets: languages.map(language => ({
        label: language,
        data: ranked.map(row => row.levels[language]),
        borderColor: languageColour[language],
        backgroundColor: 'transparent',
        pointBackgroundColor: languageColour[language],
        borderWidth: 2.5,
        pointRadius: 3.5,
      })),
    },
    options: {
      scales: {
        r: {
          min: 0,
          max: top,
          // Named rings, but not drawn: chart.js puts tick labels on the first spoke, on top of its points.
          // The component's caption names the rings instead (see describeRings).
          ticks: { stepSize: 1, display: false, callback: levelName },
          // chart.js draws a radar's point labels at 10px unless told: the room needs the chart's own size.
          pointLabels: {
            color: chartColour.text,
            font: { size: roomFontPx },
          },
          grid: { color: chartColour.grid },
          angleLines: { color: chartColour.grid },
        },
      },
      plugins: {
        legend: {
          position: 'right',
          labels: { boxWidth: 24 },
        },
        tooltip: {
          callbacks: {
            label: item => `${item.dataset.label}: ${levelName(item.parsed.r)}`,
          },
        },
      },
    },
    ariaLabel: `Our ordinal reading of the essay's words, not a measurement: of ${ranked.length} ranked rows, ${languages.map((language) => {
      const best = ranked.filter(row => languages.every(other => row.levels[language] >= row.levels[other]))
      return `${language} reads best or joint best on ${best.length}${best.length > 0 && best.length <= 3
        ? ` (${best.map(row => row.dimension).join(', ')})`
        : ''}`
    }).join('; ')}.`,
    table: [
      ['Dimension (our reading)', ...languages],
      ...ranked.map(row => [
        row.lowerIsBetter
          ? `${row.dimension} (smaller is better)`
          : row.dimension,
        ...languages.map(language => `${describeLevel(row.levels[language])} (${row.levels[language]} of ${top})`),
      ]),
    ],
  }
}

/** What the radar's rings mean, centre outward: the caption it needs in place of tick labels. */
export function describeRings(): string {
  return `Rings, centre outward: ${levels.map(describeLevel).join(' · ')}.`
}

/** The table's rows the radar leaves out, with nothing to rank. */
export function describeUnranked(): string {
  const unranked = Object.entries(comparisonReadings).filter(([, reading]) => !reading.ordinal).map(([dimension]) => dimension)
  return `Left out, nothing to rank: ${unranked.join(', ')}.`
}
