// A canvas 2D context that writes SVG (svgcanvas), with the canvas behaviours chart.js relies on that
// svgcanvas 2.6 lacks. Printed, an SVG chart is vector paths and real text; a <canvas> is a raster image.
import { Context } from 'svgcanvas'

type PathCommand = [name: 'moveTo' | 'lineTo' | 'bezierCurveTo' | 'quadraticCurveTo' | 'arc' | 'arcTo' | 'ellipse' | 'rect' | 'closePath', args: number[]]

/**
 * A Path2D that keeps its commands, so VectorContext can draw it: a browser's Path2D cannot be read.
 * chart.js builds each line of a chart as a Path2D and strokes it whole.
 */
export class RecordedPath {
  readonly commands: PathCommand[] = []
  moveTo(...args: number[]) { this.commands.push(['moveTo', args]) }
  lineTo(...args: number[]) { this.commands.push(['lineTo', args]) }
  bezierCurveTo(...args: number[]) { this.commands.push(['bezierCurveTo', args]) }
  quadraticCurveTo(...args: number[]) { this.commands.push(['quadraticCurveTo', args]) }
  arc(...args: number[]) { this.commands.push(['arc', args]) }
  arcTo(...args: number[]) { this.commands.push(['arcTo', args]) }
  ellipse(...args: number[]) { this.commands.push(['ellipse', args]) }
  rect(...args: number[]) { this.commands.push(['rect', args]) }
  closePath() { this.commands.push(['closePath', []]) }
}

/**
 * Runs `draw` with RecordedPath as the global Path2D: what chart.js draws synchronously inside (a chart
 * with animation off) builds paths VectorContext can stroke.
 */
export function withRecordedPaths<T>(draw: () => T): T {
  const browserPath2D = globalThis.Path2D
  globalThis.Path2D = RecordedPath as unknown as typeof Path2D
  try {
    return draw()
  }
  finally {
    globalThis.Path2D = browserPath2D
  }
}

const textAnchor: Partial<Record<CanvasTextAlign, string>> = {
  left: 'start',
  right: 'end',
  center: 'middle',
  start: 'start',
  end: 'end',
}
const dominantBaseline: Partial<Record<CanvasTextBaseline, string>> = {
  alphabetic: 'alphabetic',
  hanging: 'hanging',
  top: 'text-before-edge',
  bottom: 'text-after-edge',
  middle: 'central',
}

/**
 * svgcanvas's Context, holding the canvas semantics chart.js needs:
 * - the current path survives `clip()` (svgcanvas moves it into the clip path and starts an empty one;
 *   chart.js's bordered bar clips to its outer rectangle, adds the inner one and fills the ring);
 * - `fill('evenodd')` and `clip('evenodd')` keep their rule (svgcanvas fills non-zero);
 * - `stroke(path)` and `fill(path)` draw a RecordedPath (svgcanvas ignores the argument);
 * - text takes its font through the CSSOM (svgcanvas sets a style attribute, which the deck's
 *   Content-Security-Policy refuses, leaving the text in the page's font and size);
 * - `getContext('2d')` answers, so chart.js takes the context as its canvas.
 * A browser's own Path2D throws: nothing can read it, and svgcanvas would draw nothing without a word.
 */
export class VectorContext extends Context {
  getContext(kind: string): VectorContext | null {
    return kind === '2d'
      ? this
      : null
  }

  override fill(pathOrRule?: Path2D | CanvasFillRule, rule?: CanvasFillRule): void {
    if (typeof pathOrRule === 'object')
      this.startPath(pathOrRule, 'fill')
    this.markFillRule('fill-rule', typeof pathOrRule === 'object'
      ? rule
      : pathOrRule)
    super.fill()
  }

  override stroke(path?: Path2D): void {
    if (path !== undefined)
      this.startPath(path, 'stroke')
    super.stroke()
  }

  override clip(pathOrRule?: Path2D | CanvasFillRule, rule?: CanvasFillRule): void {
    if (typeof pathOrRule === 'object')
      this.startPath(pathOrRule, 'clip')
    this.markFillRule('clip-rule', typeof pathOrRule === 'object'
      ? rule
      : pathOrRule)
    const path = this.__currentDefaultPath
    super.clip()
    const continued = this.__createElement('path', {}, true)
    this.__closestGroupOrSvg().appendChild(continued)
    this.__currentElement = continued
    this.__currentDefaultPath = path
  }

  /** Replaces the current path with a recorded one, as the canvas does for the call it is passed to. */
  private startPath(path: Path2D, method: string) {
    if (!(path instanceof RecordedPath))
      throw new TypeError(`VectorContext.${method}(Path2D): a browser's Path2D cannot be read, so it cannot be drawn as SVG. Draw inside withRecordedPaths().`)
    this.beginPath()
    for (const [name, args] of path.commands)
      (this[name] as (...values: number[]) => void).apply(this, args)
  }

  override __applyText(text: string, x: number, y: number, action: 'fill' | 'stroke'): void {
    const font = document.createElement('span').style
    font.font = this.font
    const parent = this.__closestGroupOrSvg()
    const element = this.__createElement('text', {
      'font-family': font.fontFamily,
      'font-size': font.fontSize,
      'font-style': font.fontStyle,
      'font-weight': font.fontWeight,
      'x': String(x),
      'y': String(y),
      'text-anchor': textAnchor[this.textAlign] ?? 'start',
      'dominant-baseline': dominantBaseline[this.textBaseline] ?? 'alphabetic',
    }, true)
    element.append(text)
    this.__currentElement = element
    this.__applyTransformation(element)
    this.__applyStyleToCurrentElement(action)
    parent.appendChild(element)
  }

  private markFillRule(attribute: 'fill-rule' | 'clip-rule', rule?: CanvasFillRule) {
    if (rule === 'evenodd' && this.__currentElement.nodeName === 'path')
      this.__currentElement.setAttribute(attribute, 'evenodd')
  }
}
