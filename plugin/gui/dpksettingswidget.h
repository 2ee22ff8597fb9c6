#ifndef DPKSETTINGSWIDGET_H
#define DPKSETTINGSWIDGET_H

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTreeWidget;
class QgsFileWidget;
class QgsMessageBar;

/**
 * \brief The plugin's settings: the organisation's indicator catalogue, its folder of layout
 * templates and logo, the layout templates there are, and the installation of the plugin's
 * project template into QGIS.
 *
 * Each choice is stored in QGIS's settings as soon as it is made, where the panel and the
 * command line read it.
 */
class DpkSettingsWidget : public QWidget
{
  Q_OBJECT

public:
  //! Creates the widget, showing the current settings.
  explicit DpkSettingsWidget( QWidget *parent = nullptr );

  //! Sets the bar that confirms the installation of the project template; none by default.
  void setMessageBar( QgsMessageBar *bar );

  //! Returns the list of layout templates: name, origin, and whether and why it is usable.
  QTreeWidget *templateList() const { return mTemplates; }

  //! Returns the chooser of the organisation's indicator catalogue.
  QgsFileWidget *catalogueWidget() const { return mCatalogue; }

  //! Returns the chooser of the organisation's layout template folder.
  QgsFileWidget *templateFolderWidget() const { return mTemplateFolder; }

  /**
   * Fills \a box with the layout templates of the settings (DpkLayoutTemplates::fromSettings()):
   * each by its name, with the name as item data; a template that cannot make a sheet is shown
   * but cannot be chosen, its problem as the tooltip. For the panel's template choice.
   */
  static void fillTemplateBox( QComboBox *box );

  /**
   * Installs the project template into QGIS's project template folder and says so in the message
   * bar. Returns the installed file, or an empty string when it failed.
   */
  QString installProjectTemplate();

public slots:
  //! Reads the template folders again and shows what they hold.
  void showTemplates();

private:
  QgsFileWidget *mCatalogue = nullptr;
  QgsFileWidget *mTemplateFolder = nullptr;
  QgsFileWidget *mLogo = nullptr;
  QTreeWidget *mTemplates = nullptr;
  QPushButton *mInstall = nullptr;
  QLabel *mInstallNote = nullptr;
  QPointer<QgsMessageBar> mMessageBar;
};

#endif // DPKSETTINGSWIDGET_H
