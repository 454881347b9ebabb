import type { ChartSpec } from './chart-spec.ts'
import { metricById } from '../data/metrics.ts'
import { chartColour } from './chart-spec.ts'

/** Where a request's time goes: waiting against computing, in the essay's two example services (illustrative shares). */
export function ioWaitChart(): ChartSpec<'bar'> {
  const services = [
    {
      name: 'Example service',
      wait: metricById('typical-io-wait-share'),
      compute: metricById('typical-compute-share'),
    },
    {
      name: 'LLM proxy',
      wait: metricById('llm-proxy-wait-share'),
      compute: metricById('llm-proxy-compute-share'),
    },
  ]
  return {
    id: 'io-wait',
    type: 'bar',
    data: {
      labels: services.map(service => service.name),
      datasets: [
        {
          label: 'Waiting on I/O',
          data: services.map(service => service.wait.value),
          backgroundColor: chartColour.wait,
        },
        {
          label: 'Compute (where runtime overhead lives)',
          data: services.map(service => service.compute.value),
          backgroundColor: chartColour.compute,
        },
      ],
    },
    options: {
      indexAxis: 'y',
      scales: {
        x: {
          stacked: true,
          min: 0,
          max: 100,
          title: { display: true, text: '% of request time' },
        },
        y: { stacked: true },
      },
      plugins: {
        legend: { position: 'bottom' },
      },
    },
    ariaLabel: `In the essay's illustrative examples, request time is mostly waiting: ${services.map(service => `${service.name.toLowerCase()} ${service.wait.display} waiting, ${service.compute.display} compute`).join('; ')}.`,
    table: [
      ['Service', 'Waiting on I/O', 'Compute'],
      ...services.map(service => [service.name, service.wait.display, service.compute.display]),
    ],
  }
}
