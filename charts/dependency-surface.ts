import type { DependencySurface } from '../data/dependencies.ts'
import type { ChartSpec } from './chart-spec.ts'
import { goSurface, rustSurface } from '../data/dependencies.ts'
import { chartColour } from './chart-spec.ts'

/** "12" or "at least 10": a count, or the lower bound the essay's "…" leaves us with. */
export function describeTransitive(surface: DependencySurface): string {
  const count = surface.transitive.length
  return surface.transitiveIsLowerBound
    ? `at least ${count}`
    : String(count)
}

/** Packages the same HTTP service depends on, Go against Rust, as the essay lists them: standard library, direct crates, transitive crates. */
export function dependencySurfaceChart(surfaces: readonly DependencySurface[] = [goSurface, rustSurface]): ChartSpec<'bar'> {
  const stdlib = (surface: DependencySurface) => surface.origin === 'standard library'
    ? surface.direct.length
    : 0
  const external = (surface: DependencySurface) => surface.origin === 'standard library'
    ? 0
    : surface.direct.length
  const lowerBound = surfaces.some(surface => surface.transitiveIsLowerBound)
  const transitiveLabel = lowerBound
    ? 'Transitive crates the essay names: a lower bound ("… and more")'
    : 'Transitive packages'
  return {
    id: 'dependency-surface',
    type: 'bar',
    data: {
      labels: surfaces.map(surface => surface.language),
      datasets: [
        {
          label: 'Standard-library packages',
          data: surfaces.map(stdlib),
          backgroundColor: chartColour.go,
        },
        {
          label: 'External packages, direct',
          data: surfaces.map(external),
          backgroundColor: chartColour.rust,
        },
        {
          label: transitiveLabel,
          data: surfaces.map(surface => surface.transitive.length),
          backgroundColor: chartColour.muted,
        },
      ],
    },
    options: {
      indexAxis: 'y',
      scales: {
        x: {
          stacked: true,
          min: 0,
          ticks: { stepSize: 2 },
          title: { display: true, text: 'Packages named in the essay\'s listing' },
        },
        y: {
          stacked: true,
          ticks: {
            autoSkip: false,
            font: { weight: 'bold' },
          },
        },
      },
      plugins: {
        legend: {
          position: 'bottom',
          labels: { boxWidth: 14 },
        },
      },
    },
    ariaLabel: `The same service, two dependency surfaces: ${surfaces.map(surface => surface.origin === 'standard library'
      ? `${surface.language} needs ${stdlib(surface)} standard-library packages and no external package`
      : `${surface.language} needs ${external(surface)} external crates directly and ${describeTransitive(surface)} transitive ones${surface.transitiveIsLowerBound ? ' (a lower bound: the essay\'s list ends "… and more")' : ''}`).join('; ')}.`,
    table: [
      [
        'Language',
        'Standard-library packages listed',
        'External, direct',
        'External, transitive',
      ],
      ...surfaces.map(surface => [
        surface.language,
        String(stdlib(surface)),
        String(external(surface)),
        surface.transitiveIsLowerBound
          ? `${describeTransitive(surface)} (lower bound: "… and more")`
          : describeTransitive(surface),
      ]),
    ],
  }
}
