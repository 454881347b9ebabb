// The deck's slides as pacing sees them: each slide's title, layout and section, from Slidev's
// routes, so a slide added or split in pages/ is counted where it sits without any list to update.
import type { SlideHeading } from './pacing.ts'
import { useNav } from '@slidev/client'
import { sections } from 'virtual:talk-kit/talk'
import { computed } from 'vue'
import { sectionOfEachSlide } from './pacing.ts'

export function useDeckSections() {
  const { slides, currentSlideNo } = useNav()
  const headings = computed<SlideHeading[]>(() => slides.value.map(route => ({
    title: route.meta.slide?.title ?? '',
    layout: String(route.meta.layout ?? ''),
  })))
  const slideSections = computed(() => sectionOfEachSlide(headings.value, sections))
  return {
    headings,
    currentSection: computed(() => slideSections.value[currentSlideNo.value - 1] ?? 0),
  }
}
