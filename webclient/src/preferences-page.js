// Loaded by every page: shows the member's own display preferences (kept in this browser only).
import { applyPreferences, loadPreferences } from './prefs.js';

applyPreferences(loadPreferences());
