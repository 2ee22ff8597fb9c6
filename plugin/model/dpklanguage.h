#ifndef DPKLANGUAGE_H
#define DPKLANGUAGE_H

#include <QString>

class QTranslator;

/**
 * \brief Installs the plugin's translation for a user interface language, and removes it again.
 *
 * The translations are compiled into the binaries as Qt resources. English is the source
 * language, so an English locale (or one without a translation) installs nothing.
 */
class DpkLanguage
{
public:
  //! Creates an object that has installed no translation yet.
  DpkLanguage() = default;
  ~DpkLanguage();

  DpkLanguage( const DpkLanguage & ) = delete;
  DpkLanguage &operator=( const DpkLanguage & ) = delete;

  /**
   * Installs the translation for \a locale ("sv", "sv_SE", "en_GB", ...) into the running
   * application, replacing one installed earlier by this object. Returns true when a
   * translation was installed.
   */
  bool install( const QString &locale );

  //! Removes the installed translation, if any, from the application.
  void remove();

  //! Returns the language codes that have a translation, besides the English source texts.
  static QStringList translatedLanguages();

  /**
   * Returns the language of the interface: "sv" while a Swedish translation installed by a
   * DpkLanguage is in place, otherwise "en". Texts that come from data rather than from tr(),
   * such as indicator names, follow it.
   */
  static QString current();

private:
  QTranslator *mTranslator = nullptr;
  static QString sCurrent;
};

#endif // DPKLANGUAGE_H
