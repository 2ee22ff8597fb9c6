#ifndef DPKDOCKWIDGET_H
#define DPKDOCKWIDGET_H

#include "dpkindicatorcatalogue.h"
#include "dpkresult.h"

#include <qgsdockwidget.h>

class QLabel;
class QToolBox;
class QTreeWidget;
class QgsMessageBar;
class DpkPluginHost;
class DpkRunPanel;

/**
 * \brief The "Data på karta" panel docked in the QGIS main window.
 *
 * Its first page makes the map (DpkRunPanel). The others show what the plugin knows about
 * Skolverket's statistics: the indicators of the catalogue with their unit and minimum group, the
 * marks that stand in for suppressed or missing figures and what each means, and the plugin's
 * privacy rule.
 */
class DpkDockWidget : public QgsDockWidget
{
  Q_OBJECT

public:
  //! The object name by which QGIS remembers the panel's place and tests find it.
  static const QString OBJECT_NAME;

  //! Creates the panel as a child of \a parent (the main window).
  explicit DpkDockWidget( QWidget *parent = nullptr );

  //! Returns the page that makes the map.
  DpkRunPanel *runPanel() const { return mRunPanel; }

  //! Sets the bar where the end of a run is announced.
  void setMessageBar( QgsMessageBar *bar );

  //! Sets the QGIS window that opens the map sheets in the layout designer; may be null.
  void setPluginHost( DpkPluginHost *host );

  //! Returns the pages: "Make map", "Indicators", "About marks".
  QToolBox *pages() const { return mPages; }

  //! Returns the list of the catalogue's indicators; each item holds the indicator id as data.
  QTreeWidget *indicatorsView() const { return mIndicatorsView; }

  //! Returns the label that tells why the catalogue could not be loaded; hidden when it loaded.
  QLabel *catalogueErrorLabel() const { return mCatalogueError; }

  //! Returns the list of Skolverket's marks and their meaning.
  QTreeWidget *marksView() const { return mMarksView; }

  /**
   * Loads the built-in catalogue and the organisation's one chosen in the plugin's settings,
   * and lists it. A catalogue that fails to load leaves the list empty and shows the error in the
   * panel and in the QGIS message log.
   */
  void loadCatalogue();

  //! Lists the indicators of \a catalogue here and in the run form, or shows its error.
  void showCatalogue( const DpkResult<DpkIndicatorCatalogue> &catalogue );

  //! Returns the language of the indicator names shown: the language of the interface.
  static QString indicatorLanguage();

private:
  QWidget *buildIndicatorsPage();
  QWidget *buildMarksPage();
  void populateMarks();

  QToolBox *mPages = nullptr;
  DpkRunPanel *mRunPanel = nullptr;
  QTreeWidget *mIndicatorsView = nullptr;
  QLabel *mCatalogueError = nullptr;
  QTreeWidget *mMarksView = nullptr;
};

#endif // DPKDOCKWIDGET_H
