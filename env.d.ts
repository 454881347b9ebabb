declare module 'file-saver' {
  export function saveAs(data: Blob | string, filename?: string): void
}

declare module 'virtual:deck-supply-chain' {
  const counts: import('./data/deck-supply-chain.ts').LockfileCounts
  export default counts
}

// svgcanvas ships no types. Its private members here are the ones charts/vector-context.ts builds on;
// tests/vector-context.spec.ts draws through them, and fails if an upgrade changes them.
declare module 'svgcanvas' {
  export class Context {
    constructor(options: { width: number, height: number, document?: Document })
    width: number
    height: number
    font: string
    textAlign: CanvasTextAlign
    textBaseline: CanvasTextBaseline
    beginPath(): void
    moveTo(x: number, y: number): void
    lineTo(x: number, y: number): void
    bezierCurveTo(cp1x: number, cp1y: number, cp2x: number, cp2y: number, x: number, y: number): void
    quadraticCurveTo(cpx: number, cpy: number, x: number, y: number): void
    arc(x: number, y: number, radius: number, startAngle: number, endAngle: number, counterClockwise?: boolean): void
    arcTo(x1: number, y1: number, x2: number, y2: number, radius: number): void
    ellipse(x: number, y: number, radiusX: number, radiusY: number, rotation: number, startAngle: number, endAngle: number, counterClockwise?: boolean): void
    rect(x: number, y: number, width: number, height: number): void
    closePath(): void
    fill(): void
    stroke(): void
    clip(): void
    getSvg(): SVGSVGElement
    getSerializedSvg(fixNamedEntities?: boolean): string
    protected __currentElement: SVGElement
    protected __currentDefaultPath: string
    protected __createElement(name: string, properties: Record<string, string>, resetFill: boolean): SVGElement
    protected __closestGroupOrSvg(): SVGElement
    protected __applyTransformation(element: SVGElement): void
    protected __applyStyleToCurrentElement(action: 'fill' | 'stroke'): void
    protected __applyText(text: string, x: number, y: number, action: 'fill' | 'stroke'): void
  }
}
