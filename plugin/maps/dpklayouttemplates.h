#ifndef DPKLAYOUTTEMPLATES_H
#define DPKLAYOUTTEMPLATES_H

#include "dpklayouttemplate.h"
#include "dpkresult.h"

#include <QCoreApplication>
#include <QStringList>

#include <memory>

class QgsPrintLayout;
class QgsProject;

/**
 * \brief Finds the print layout templates that map sheets can be made from and checks them: the
 * built-in ones and an organisation's own .qpt files.
 *
 * An organisation keeps its templates in a folder of the plugin's settings (FOLDER_SETTING), in
 * a folder of QGIS's layout template search path (Settings → Options → Layouts) or in the QGIS
 * profile's own template folder. Each .qpt file there is offered by its base name beside the
 * built-in templates; one that lacks an item the plugin fills in is listed with the item ids it
 * lacks, and refused with them when a run names it. Runs on the main thread.
 */
class DpkLayoutTemplates
{
  Q_DECLARE_TR_FUNCTIONS( DpkLayoutTemplates )

public:
  //! The plugin setting with the folder of the organisation's layout templates.
  static const QString FOLDER_SETTING;

  //! Creates a finder of organisation templates in \a folders, earlier folders first.
  explicit DpkLayoutTemplates( const QStringList &folders );

  /**
   * Returns a finder for the folders of the settings: the plugin's FOLDER_SETTING, QGIS's layout
   * template search paths and the profile's "composer_templates" folder.
   */
  static DpkLayoutTemplates fromSettings();

  //! Returns the folders looked in for organisation templates, in their order.
  QStringList folders() const { return mFolders; }

  /**
   * Returns every template: the built-in ones, then the organisation's .qpt files sorted by name,
   * each checked. This is what the panel's template list offers: a template that is not valid is
   * shown with its problem and cannot be chosen.
   */
  QList<DpkLayoutTemplate> available() const;

  /**
   * Returns the template file that \a name means: a built-in template's name, an organisation
   * template's name, or the path of a .qpt file, taken from \a baseFolder when relative. The
   * error lists the names there are.
   */
  DpkResult<QString> resolve( const QString &name, const QString &baseFolder = QString() ) const;

  /**
   * Reads the template file \a path into a new layout of \a project and checks that it holds
   * every item the plugin fills in (and, with \a atlas, the atlas's items too), of the right
   * kind. The error names the file and every item id that is missing.
   */
  static DpkResult<std::unique_ptr<QgsPrintLayout>> load( const QString &path, QgsProject *project,
                                                          bool atlas );

  /**
   * Returns true when \a name, as a run's layout.template gives it, is the path of a .qpt file
   * (it ends in .qpt or holds a '/') rather than a template's name; only a path is taken from the
   * run's folder.
   */
  static bool isFilePath( const QString &name );

  //! Returns the path of the built-in template \a name, a Qt resource.
  static QString builtInPath( const QString &name );

private:
  static DpkLayoutTemplate checked( const QString &name, const QString &path,
                                    DpkLayoutTemplate::Origin origin );
  static QString displayName( const QString &path );
  static QString problems( const QgsPrintLayout &layout, const QString &path, bool atlas );
  QList<std::pair<QString, QString>> organisationFiles() const;

  QStringList mFolders;
};

#endif // DPKLAYOUTTEMPLATES_H
