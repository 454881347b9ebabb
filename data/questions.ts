import type { Source } from './sources.ts'
import { essay } from './sources.ts'

/** A question to ask of a rewrite post, in the essay's words, with our one-line reason. */
export interface SuspiciousQuestion {
  question: string
  why: string
  source: Source
}

const section = 'The Benchmark Post You Should Be Suspicious Of'

export const suspiciousQuestions: readonly SuspiciousQuestion[] = [
  {
    question: 'Was the Go service actually tuned?',
    why: 'Default GOGC, no pooling, extra SDK layers: architecture differences dressed up as language ones.',
    source: essay(section, 'Was the Go service actually tuned?'),
  },
  {
    question: 'What is the actual workload?',
    why: 'A proxy that mostly waits on the network gains little from a faster runtime.',
    source: essay(section, 'What is the actual workload?'),
  },
  {
    question: 'Is "we" one person?',
    why: 'An institutional voice can hide one developer justifying a choice already made.',
    source: essay(section, 'Is "we" one person?'),
  },
  {
    question: 'Does the rewrite comparison hold the architecture constant?',
    why: 'A rewrite that also removes layers improves in any language.',
    source: essay(section, 'Does the rewrite comparison hold the architecture constant?'),
  },
]
