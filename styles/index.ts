// Self-hosted fonts: the deck must render identically with no network (fonts.provider: none).
import '@fontsource/inter/latin-400.css'
import '@fontsource/inter/latin-600.css'
import '@fontsource/inter/latin-800.css'
import '@fontsource/jetbrains-mono/latin-400.css'
import './theme.css'
