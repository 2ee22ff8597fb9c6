#ifndef DPKLAYOUTBUILDER_H
#define DPKLAYOUTBUILDER_H

#include "dpkbuildresult.h"
#include "dpkresult.h"

#include <QCoreApplication>
#include <QStringList>

#include <memory>

class QgsLayoutItem;
class QgsPrintLayout;
class QgsProject;
class QgsVectorLayer;

/**
 * \brief Makes the print layout of one indicator of a build: a map sheet ready for a committee
 * report, or an atlas with one page per area.
 *
 * The layout comes from a template (a built-in one or an organisation's .qpt file) whose items
 * the builder finds by their item ids and fills: title, map, legend, source line, suppression
 * note, logo and date. A template that lacks one of them is refused with the template and the
 * item id named. The finished layout goes into the project's layout manager, replacing an
 * earlier layout of the same name that the plugin made. Runs on the main thread.
 */
class DpkLayoutBuilder
{
  Q_DECLARE_TR_FUNCTIONS( DpkLayoutBuilder )

public:
  //! The custom property with the template a layout was made from, to remake it on refresh.
  static const QString TEMPLATE_PROPERTY;
  //! The custom property with the title a PDF export writes into the file's metadata.
  static const QString PDF_TITLE_PROPERTY;
  //! The custom property with the subject a PDF export writes into the file's metadata.
  static const QString PDF_SUBJECT_PROPERTY;
  //! The plugin setting with the path of the organisation's logo.
  static const QString LOGO_SETTING;

  //! Returns the names of the built-in templates, e.g. "a4-landscape".
  static QStringList builtInTemplates();

  //! Returns the ids of the items every template must hold.
  static QStringList requiredItems();

  //! Returns the ids of the items an atlas also needs: the area's figure and the page number.
  static QStringList atlasItems();

  //! Creates a builder that adds layouts to \a project, whose layers came from DpkProjectUpdater.
  explicit DpkLayoutBuilder( QgsProject *project );

  //! Sets the logo image; by default the path in the plugin setting LOGO_SETTING, or none.
  void setLogoPath( const QString &path ) { mLogoPath = path; }

  /**
   * Makes the sheet of indicator \a indicatorId of \a result from \a templateName (a built-in
   * name or the path of a .qpt file) and adds it to the project. With \a atlas, the layout is an
   * atlas over the indicator's area layer. Returns the layout, owned by the project.
   */
  DpkResult<QgsPrintLayout *> build( const DpkBuildResult &result, const QString &indicatorId,
                                     const QString &templateName, bool atlas = false );

  /**
   * Fills \a layout, a sheet that the plugin made or a template's layout waiting for its first
   * run, with indicator \a indicatorId of \a result, in place: the items are found by their ids
   * and refilled (title, source, date, legend, map layers and extent, and with \a atlas the
   * coverage layer and the area's figure), so items the user added or moved stay. The layout is
   * marked as the plugin's sheet of that GeoPackage and indicator. Returns the layout, or an error
   * naming it and what it lacks, before anything in it changed.
   */
  DpkResult<QgsPrintLayout *> fill( QgsPrintLayout *layout, const DpkBuildResult &result,
                                    const QString &indicatorId, bool atlas ) const;

  //! Returns the name of the layout of \a indicator for \a result's period.
  static QString layoutName( const DpkBuildResult &result, const DpkIndicator &indicator,
                             bool atlas );

  //! Returns the name of the layout of \a indicator for the school year \a period.
  static QString layoutName( const DpkIndicator &indicator, const DpkPeriod &period, bool atlas );

  /**
   * Returns the project's layer of \a result's GeoPackage with the role \a role ("schools",
   * "areas") of indicator \a indicatorId, or null. The GeoPackage paths are compared tidied
   * (QDir::cleanPath), as DpkLayoutRefresher compares them.
   */
  QgsVectorLayer *layer( const DpkBuildResult &result, const QString &indicatorId,
                         const QString &role ) const;

private:
  DpkResult<std::unique_ptr<QgsPrintLayout>> load( const QString &templateName, bool atlas ) const;
  void fillTexts( QgsPrintLayout *layout, const DpkBuildResult &result,
                  const DpkIndicator &indicator, bool atlas ) const;
  void fillMap( QgsPrintLayout *layout, QgsVectorLayer *schools, QgsVectorLayer *areas ) const;
  void makeAtlas( QgsPrintLayout *layout, const DpkIndicator &indicator,
                  QgsVectorLayer *areas ) const;
  QString dimmedStyle( QgsVectorLayer *areas ) const;
  DpkResult<QgsPrintLayout *> addToProject( std::unique_ptr<QgsPrintLayout> layout );

  QgsProject *mProject = nullptr;
  QString mLogoPath;
};

#endif // DPKLAYOUTBUILDER_H
