import type { SupplyChainIncident } from '../data/incidents.ts'
import type { ChartSpec } from './chart-spec.ts'
import { incidents as essayIncidents } from '../data/incidents.ts'
import { chartColour } from './chart-spec.ts'

/** The years the timeline spans: a year either side of the incidents, so no point sits on the frame. */
export function timelineYears(incidents: readonly SupplyChainIncident[]): { min: number, max: number } {
  const years = incidents.map(incident => incident.year)
  return { min: Math.min(...years) - 1, max: Math.max(...years) + 1 }
}

/** The four supply-chain compromises the essay names, one row each, placed on a numeric year axis. */
export function incidentTimelineChart(incidents: readonly SupplyChainIncident[] = essayIncidents): ChartSpec<'scatter'> {
  const { min, max } = timelineYears(incidents)
  // One row per incident, first at the top: the y value is the row, and its tick label is the incident's name.
  const rows = incidents.map((incident, index) => ({ incident, row: incidents.length - 1 - index }))
  const nameOfRow = (value: number | string) => rows.find(({ row }) => row === Number(value))?.incident.name ?? ''
  return {
    id: 'incident-timeline',
    type: 'scatter',
    data: {
      datasets: [
        {
          label: 'Supply-chain compromise',
          data: rows.map(({ incident, row }) => ({ x: incident.year, y: row })),
          backgroundColor: chartColour.highlight,
          borderColor: chartColour.highlight,
          pointRadius: 7,
          pointHoverRadius: 9,
        },
      ],
    },
    options: {
      scales: {
        x: {
          type: 'linear',
          min,
          max,
          // A grid line every year, a label only on the incidents' years: labels never collide or tilt.
          ticks: {
            stepSize: 1,
            autoSkip: false,
            maxRotation: 0,
            callback: value => incidents.some(incident => incident.year === Number(value))
              ? String(value)
              : '',
          },
          title: { display: true, text: 'Year' },
        },
        y: {
          type: 'linear',
          // Not a whole number of steps, so the ticks fall on the rows (0, 1, 2…), not between them.
          min: -0.6,
          max: incidents.length - 0.4,
          ticks: {
            stepSize: 1,
            autoSkip: false,
            callback: nameOfRow,
            font: { weight: 'bold' },
          },
          grid: { display: false },
        },
      },
      plugins: {
        legend: { display: false },
        tooltip: {
          callbacks: {
            label: item => `${nameOfRow(item.parsed.y ?? -1)}: ${item.parsed.x}`,
          },
        },
      },
    },
    ariaLabel: `The essay's ${incidents.length} supply-chain compromises span ${min + 1} to ${max - 1}, each through a package someone trusted: ${incidents.map(incident => `${incident.name} in ${incident.year}`).join(', ')}.`,
    table: [
      ['Incident', 'Year', 'Ecosystem'],
      ...incidents.map(incident => [
        incident.name,
        String(incident.year),
        incident.ecosystem,
      ]),
    ],
  }
}
