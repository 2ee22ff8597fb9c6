#ifndef DPKDOCKWIDGET_H
#define DPKDOCKWIDGET_H

#include <qgsdockwidget.h>

class QTreeWidget;

/**
 * \brief The "Data på karta" panel docked in the QGIS main window.
 *
 * It shows what the plugin knows about Skolverket's statistics: the marks that stand in for
 * suppressed or missing figures and what each means, and the plugin's privacy rule.
 */
class DpkDockWidget : public QgsDockWidget
{
  Q_OBJECT

public:
  //! The object name by which QGIS remembers the panel's place and tests find it.
  static const QString OBJECT_NAME;

  //! Creates the panel as a child of \a parent (the main window).
  explicit DpkDockWidget( QWidget *parent = nullptr );

  //! Returns the list of Skolverket's marks and their meaning.
  QTreeWidget *marksView() const { return mMarksView; }

private:
  void populateMarks();

  QTreeWidget *mMarksView = nullptr;
};

#endif // DPKDOCKWIDGET_H
