// `talk-kit fonts [--check]`: the core font subsets slide 1 draws in (kit/fonts/subset-fonts.ts).
import { subsetFontsCommand } from '../fonts/subset-fonts.ts'

await subsetFontsCommand()
