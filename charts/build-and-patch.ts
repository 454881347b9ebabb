import type { ChartSpec } from './chart-spec.ts'
import { metricById } from '../data/metrics.ts'
import { chartColour, fixedLogAxis } from './chart-spec.ts'

/** "2 s", "20 min", "1 h": a duration in seconds, as a slide says it. */
export function formatSeconds(seconds: number): string {
  if (seconds >= 3600)
    return `${Number((seconds / 3600).toFixed(1))} h`
  if (seconds >= 60)
    return `${Number((seconds / 60).toFixed(1))} min`
  return `${Number(seconds.toPrecision(3))} s`
}

/** How many times longer the Rust build is than the Go build, in the essay's (unsourced) figures. */
export function compileTimeRatio(): number {
  return metricById('rust-compile-equivalent-service').value / metricById('go-compile-large-service').value
}

/** The essay's compile times, Go against Rust, on a log axis: a ratio too large for a linear one. */
export function compileTimeChart(): ChartSpec<'bar'> {
  const builds = [
    {
      name: 'Go, large service',
      metric: metricById('go-compile-large-service'),
      colour: chartColour.go,
    },
    {
      name: 'Rust, equivalent',
      metric: metricById('rust-compile-equivalent-service'),
      colour: chartColour.rust,
    },
  ]
  const ratio = compileTimeRatio()
  return {
    id: 'compile-time',
    type: 'bar',
    data: {
      labels: builds.map(build => build.name),
      datasets: [
        {
          label: 'Compile time (the essay cites no source)',
          data: builds.map(build => build.metric.value),
          backgroundColor: builds.map(build => build.colour),
        },
      ],
    },
    options: {
      indexAxis: 'y',
      scales: {
        x: {
          ...fixedLogAxis([1, 10, 60, 600, 3600], formatSeconds),
          title: { display: true, text: 'Compile time, log scale' },
        },
      },
      plugins: {
        legend: { display: false },
        tooltip: {
          callbacks: {
            label: item => `${builds[item.dataIndex]!.metric.display}`,
          },
        },
      },
    },
    ariaLabel: `Compile time on a log scale, as the essay gives it without a source: ${builds.map(build => `${build.name} ${build.metric.display}`).join(', ')}, a ${ratio}x difference.`,
    table: [
      ['Build', 'Compile time'],
      ...builds.map(build => [build.name, build.metric.display]),
    ],
  }
}

/** Minutes after a patch as the essay tells it: Go's rebuild and redeploy against Rust's build alone, unlike things. */
export function patchToProductionChart(): ChartSpec<'bar'> {
  const teams = [
    {
      name: 'Go: rebuild + redeploy',
      metric: metricById('patch-to-production-go'),
      colour: chartColour.go,
    },
    {
      name: 'Rust: build only',
      metric: metricById('patch-to-production-rust'),
      colour: chartColour.rust,
    },
  ]
  return {
    id: 'patch-to-production',
    type: 'bar',
    data: {
      labels: teams.map(team => team.name),
      datasets: [
        {
          label: 'Minutes after a patch, as the essay gives them',
          data: teams.map(team => team.metric.value),
          backgroundColor: teams.map(team => team.colour),
        },
      ],
    },
    options: {
      indexAxis: 'y',
      scales: {
        x: {
          type: 'linear',
          min: 0,
          ticks: {
            stepSize: 10,
            callback: value => `${value} min`,
          },
          title: { display: true, text: 'Minutes, unsourced' },
        },
      },
      plugins: {
        legend: { display: false },
        tooltip: {
          callbacks: {
            label: item => `${teams[item.dataIndex]!.metric.display}`,
          },
        },
      },
    },
    ariaLabel: `After a patch, as the essay gives it without a source: ${teams.map(team => `${team.name}, ${team.metric.display} (${team.metric.value} min)`).join(', against ')}; the Rust team still has to deploy.`,
    table: [
      ['Team', 'Minutes after a patch (the essay\'s)'],
      ...teams.map(team => [team.name, `${team.metric.display} (${team.metric.value} min)`]),
    ],
  }
}
