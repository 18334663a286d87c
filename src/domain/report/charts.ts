import { BarChart } from 'echarts/charts'
import { GraphicComponent, GridComponent, LegendComponent, TitleComponent } from 'echarts/components'
import * as echarts from 'echarts/core'
import { SVGRenderer } from 'echarts/renderers'
import { imageFontBuffers } from '../../render/font-files.js'
import { svgToPng } from '../../render/svg-to-png.js'
import type { ChartSpec } from './chart-options.js'

// Only what the report draws: bars, axes, titles, legend and free text, rendered to SVG without a DOM.
echarts.use([BarChart, GridComponent, LegendComponent, TitleComponent, GraphicComponent, SVGRenderer])

export interface RenderedChart {
  readonly svg: string
  readonly png: Buffer
}

/** A chart as ECharts' server-side SVG, then as a PNG set in the shipped Noto Sans. */
export async function renderChart(spec: ChartSpec): Promise<RenderedChart> {
  const chart = echarts.init(null, null, {
    renderer: 'svg',
    ssr: true,
    width: spec.width,
    height: spec.height,
  })
  try {
    chart.setOption(spec.option)
    const svg = chart.renderToSVGString()
    return { svg, png: await svgToPng(svg, spec.width, { fonts: imageFontBuffers() }) }
  } finally {
    chart.dispose()
  }
}
