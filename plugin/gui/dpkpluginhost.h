#ifndef DPKPLUGINHOST_H
#define DPKPLUGINHOST_H

class QAction;
class QWidget;
class QgsDockWidget;
class QgsMessageBar;
class QgsPrintLayout;

/**
 * \brief The places in a QGIS main window where the plugin puts its interface.
 *
 * The QGIS plugin module implements this on top of QgisInterface; tests implement it on a plain
 * main window, so that installing and removing the interface can be checked without the desktop.
 */
class DpkPluginHost
{
public:
  virtual ~DpkPluginHost() = default;

  //! Returns the main window, the parent of the plugin's widgets.
  virtual QWidget *mainWindow() = 0;

  //! Returns the bar where short messages for the user appear.
  virtual QgsMessageBar *messageBar() = 0;

  //! Docks \a dock in the main window.
  virtual void addDockWidget( QgsDockWidget *dock ) = 0;

  //! Takes \a dock out of the main window again.
  virtual void removeDockWidget( QgsDockWidget *dock ) = 0;

  //! Adds \a action to the plugin's menu and toolbar.
  virtual void addAction( QAction *action ) = 0;

  //! Removes \a action from the plugin's menu and toolbar.
  virtual void removeAction( QAction *action ) = 0;

  //! Opens \a layout in QGIS's layout designer, where the user edits, prints and exports it.
  virtual void openLayoutDesigner( QgsPrintLayout *layout ) = 0;

  /**
   * Starts a new, empty project in place of the current one, as File → New does: the user is
   * asked to save unsaved changes first. Returns false, with the current project still open,
   * when the user cancelled. Used so that the demo never takes over the user's own project.
   */
  virtual bool newProject() = 0;
};

#endif // DPKPLUGINHOST_H
