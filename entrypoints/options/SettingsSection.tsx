import { t, type Lang } from '../../lib/i18n';
import { OCR_LANGUAGE_CHOICES, type Settings } from '../../lib/settings/schema';
import type { UpdateSettings } from './shared';

export interface SettingsSectionProps {
  lang: Lang;
  settings: Settings;
  update: UpdateSettings;
}

/** The screenshot reader's languages, and the behaviour switches: the publish guard and notifications. */
export function SettingsSection({ lang, settings, update }: SettingsSectionProps) {
  const toggleNotifications = async (on: boolean) => {
    if (on && !(await browser.permissions.request({ permissions: ['notifications'] }))) return;
    await update({ notifications: on });
  };
  return (
    <>
      <h2>{t(lang, 'options.ocr')}</h2>
      <select
        data-testid="ocr-languages"
        value={settings.ocrLanguages}
        onChange={(e) => void update({ ocrLanguages: e.target.value as Settings['ocrLanguages'] })}
      >
        {OCR_LANGUAGE_CHOICES.map((choice) => (
          <option key={choice} value={choice}>
            {t(lang, `options.ocr.${choice}`)}
          </option>
        ))}
      </select>

      <h2>{t(lang, 'options.behaviour')}</h2>
      <label>
        <input type="checkbox" data-testid="publish-guard" checked={settings.publishGuard} onChange={(e) => void update({ publishGuard: e.target.checked })} />{' '}
        {t(lang, 'options.guard')}
      </label>
      <label>
        <input type="checkbox" data-testid="notifications" checked={settings.notifications} onChange={(e) => void toggleNotifications(e.target.checked)} />{' '}
        {t(lang, 'options.notifications')}
      </label>
    </>
  );
}
