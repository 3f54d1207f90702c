<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="es_ES">
<context>
    <name />
    <message>
        <source>It was moved to %1 and kept there. Foot Coach has started a new history.</source>
        <translation>Se ha movido a %1 y se conserva allí. Foot Coach ha empezado un historial nuevo.</translation>
    </message>
    <message>
        <source>Your history is shown, but nothing new can be saved until this is put right and Foot Coach is started again.</source>
        <translation>Se muestra su historial, pero no se puede guardar nada nuevo hasta que se resuelva esto y se vuelva a iniciar Foot Coach.</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Ejercicios</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Rutina</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Recordatorios</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Some of today's exercise could not be saved yet (see the earlier message). If you quit now, it is lost. Quit anyway?</source>
        <translation>Parte del ejercicio de hoy aún no se ha podido guardar (vea el mensaje anterior). Si sale ahora, se perderá. ¿Salir de todos modos?</translation>
    </message>
    <message>
        <source>Your last session stopped unexpectedly. Everything you did is saved.

Carry on with the rest, starting from %1?</source>
        <translation>Su última sesión se detuvo de forma inesperada. Todo lo que hizo está guardado.

¿Seguir con el resto, empezando por %1?</translation>
    </message>
    <message>
        <source>Carry on: what you do is kept and saved as soon as writing works again.</source>
        <translation>Siga adelante: lo que haga se conserva y se guarda en cuanto se pueda volver a escribir.</translation>
    </message>
    <message>
        <source>The history file %1 was deleted while Foot Coach was open. Everything in it has been written back, and nothing is lost. To remove your history, quit Foot Coach first.</source>
        <translation>El archivo de historial %1 se borró mientras Foot Coach estaba abierto. Todo su contenido se ha vuelto a escribir y no se ha perdido nada. Para eliminar su historial, cierre primero Foot Coach.</translation>
    </message>
    <message>
        <source>The history file %1 was replaced by another file while Foot Coach was open. Your history has been written back, and nothing is lost; the other file is kept as %2.</source>
        <translation>El archivo de historial %1 se sustituyó por otro archivo mientras Foot Coach estaba abierto. Su historial se ha vuelto a escribir y no se ha perdido nada; el otro archivo se guarda como %2.</translation>
    </message>
    <message>
        <source>Export to folder</source>
        <translation>Exportar a una carpeta</translation>
    </message>
    <message>
        <source>Could not write to %1: %2</source>
        <translation>No se pudo escribir en %1: %2</translation>
    </message>
    <message>
        <source>Saved %1 in %2.</source>
        <translation>Se guardaron %1 en %2.</translation>
    </message>
    <message>
        <source>Open the folder</source>
        <translation>Abrir la carpeta</translation>
    </message>
    <message>
        <source>Back up history</source>
        <translation>Copia de seguridad del historial</translation>
    </message>
    <message>
        <source>Your history was copied to %1.</source>
        <translation>Su historial se copió en %1.</translation>
    </message>
    <message>
        <source>Foot Coach backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <source>Restore history</source>
        <translation>Restaurar el historial</translation>
    </message>
    <message>
        <source>Stop the session before restoring a backup.</source>
        <translation>Detenga la sesión antes de restaurar una copia de seguridad.</translation>
    </message>
    <message>
        <source>PDF documents</source>
        <translation>Documentos PDF</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Guardar el informe</translation>
    </message>
    <message>
        <source>The report was saved as %1.</source>
        <translation>El informe se guardó como %1.</translation>
    </message>
    <message>
        <source>Open the report</source>
        <translation>Abrir el informe</translation>
    </message>
    <message>
        <source>%1 (my version)</source>
        <translation>%1 (mi versión)</translation>
    </message>
    <message>
        <source>Delete “%1”? It leaves your routine; what you have done of it stays in your history.</source>
        <translation>¿Borrar «%1»? Saldrá de su rutina; lo que haya hecho de este ejercicio se queda en su historial.</translation>
    </message>
    <message>
        <source>My Foot Coach routine</source>
        <translation>Mi rutina de Foot Coach</translation>
    </message>
    <message>
        <source>Export this routine</source>
        <translation>Exportar esta rutina</translation>
    </message>
    <message>
        <source>Foot Coach routine (*.toml)</source>
        <translation>Rutina de Foot Coach (*.toml)</translation>
    </message>
    <message>
        <source>The routine could not be written to %1: %2</source>
        <translation>No se pudo escribir la rutina en %1: %2</translation>
    </message>
    <message>
        <source>Exported to %1. Give this file to whoever should have it.</source>
        <translation>Exportada a %1. Entregue este archivo a quien deba tenerlo.</translation>
    </message>
    <message>
        <source>changes your own</source>
        <translation>cambia uno suyo</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nuevo</translation>
    </message>
    <message>
        <source>This routine file holds:</source>
        <translation>Este archivo de rutina contiene:</translation>
    </message>
    <message>
        <source>Add it and make it your routine?</source>
        <translation>¿Añadirla y convertirla en su rutina?</translation>
    </message>
    <message>
        <source>Import a routine</source>
        <translation>Importar una rutina</translation>
    </message>
    <message>
        <source>%1 cannot be used, and nothing was changed.

%2</source>
        <translation>%1 no se puede usar y no se ha cambiado nada.

%2</translation>
    </message>
    <message>
        <source>Hold… and release. Four of twelve.</source>
        <translation>Mantenga… y suelte. Cuatro de doce.</translation>
    </message>
    <message>
        <source>Foot Coach could not be added to the menu: %1</source>
        <translation>No se pudo añadir Foot Coach al menú: %1</translation>
    </message>
    <message>
        <source>Saved as %1. Open this file with your calendar, or send it to your phone, and it reminds you at the same times. After changing the times, add the new file again.</source>
        <translation>Guardado como %1. Abra este archivo con su calendario, o envíelo a su teléfono, y le avisará a las mismas horas. Si cambia las horas, añada de nuevo el archivo nuevo.</translation>
    </message>
    <message>
        <source>Your desktop did not allow Foot Coach to start at login.</source>
        <translation>Su escritorio no ha permitido que Foot Coach se inicie al iniciar sesión.</translation>
    </message>
    <message>
        <source>Start at login could not be changed: %1</source>
        <translation>No se pudo cambiar el inicio al entrar en la sesión: %1</translation>
    </message>
    <message>
        <source>Start now</source>
        <translation>Empezar ahora</translation>
    </message>
    <message>
        <source>In 10 minutes</source>
        <translation>Dentro de 10 minutos</translation>
    </message>
    <message>
        <source>Not today</source>
        <translation>Hoy no</translation>
    </message>
    <message>
        <source>The routine takes about ten minutes. Shall we start?</source>
        <translation>La rutina dura unos diez minutos. ¿Empezamos?</translation>
    </message>
    <message>
        <source>Time for your foot exercises</source>
        <translation>Hora de sus ejercicios de pies</translation>
    </message>
    <message>
        <source>Click here to start the routine.</source>
        <translation>Haga clic aquí para empezar la rutina.</translation>
    </message>
    <message>
        <source>Foot Coach keeps running here to remind you. Quit from this menu.</source>
        <translation>Foot Coach sigue funcionando aquí para recordárselo. Puede salir desde este menú.</translation>
    </message>
    <message>
        <source>Highest: %1 %2</source>
        <translation>Máximo: %1 %2</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Espalda</translation>
    </message>
    <message>
        <source>Hip</source>
        <translation>Cadera</translation>
    </message>
    <message>
        <source>Knee</source>
        <translation>Rodilla</translation>
    </message>
    <message>
        <source>Foot Coach progress report</source>
        <translation>Informe de progreso de Foot Coach</translation>
    </message>
    <message>
        <source>Foot Coach — progress report</source>
        <translation>Foot Coach — informe de progreso</translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation>Del %1 al %2</translation>
    </message>
    <message>
        <source>Sessions per week</source>
        <translation>Sesiones por semana</translation>
    </message>
    <message>
        <source>made on %1</source>
        <translation>creado el %1</translation>
    </message>
    <message>
        <source>sessions</source>
        <translation>sesiones</translation>
    </message>
    <message>
        <source>Active minutes per day</source>
        <translation>Minutos activos por día</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>minutos</translation>
    </message>
    <message>
        <source>The bar for %1 counts only %2.</source>
        <translation>La barra de %1 cuenta solo el %2.</translation>
    </message>
    <message>
        <source>The bar for %1 counts only %2 to %3.</source>
        <translation>La barra de %1 cuenta solo del %2 al %3.</translation>
    </message>
    <message>
        <source>Repetitions per exercise</source>
        <translation>Repeticiones por ejercicio</translation>
    </message>
    <message numerus="yes">
        <source>Active on %n day(s)</source>
        <translation>
            <numerusform>Activo %n día</numerusform>
            <numerusform>Activo %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>Active minutes per week</source>
        <translation>Minutos activos por semana</translation>
    </message>
    <message>
        <source>Sessions per month</source>
        <translation>Sesiones por mes</translation>
    </message>
    <message>
        <source>Active minutes per month</source>
        <translation>Minutos activos por mes</translation>
    </message>
    <message>
        <source>Week of %1</source>
        <translation>Semana del %1</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) in total</source>
        <translation>
            <numerusform>%Ln sesión en total</numerusform>
            <numerusform>%Ln sesiones en total</numerusform>
        </translation>
    </message>
    <message>
        <source>current streak %1, best %2</source>
        <translation>racha actual %1, mejor %2</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n repetition(s)</source>
        <translation>
            <numerusform>%Ln repetición</numerusform>
            <numerusform>%Ln repeticiones</numerusform>
        </translation>
    </message>
    <message>
        <source>Amount of each exercise in the routine now</source>
        <translation>Cantidad de cada ejercicio de la rutina ahora</translation>
    </message>
    <message>
        <source>%1, on each foot</source>
        <translation>%1, con cada pie</translation>
    </message>
    <message>
        <source>Changes to the amount of each exercise</source>
        <translation>Cambios en la cantidad de cada ejercicio</translation>
    </message>
    <message numerus="yes">
        <source>%n earlier change(s) not listed.</source>
        <translation>
            <numerusform>%n cambio anterior no aparece en la lista.</numerusform>
            <numerusform>%n cambios anteriores no aparecen en la lista.</numerusform>
        </translation>
    </message>
    <message>
        <source>No changes in this period.</source>
        <translation>No hubo cambios en este periodo.</translation>
    </message>
    <message>
        <source>Pain check-ins (0 = none, 10 = worst)</source>
        <translation>Registros de dolor (0 = nada, 10 = el peor)</translation>
    </message>
    <message>
        <source>Average pain of each day</source>
        <translation>Dolor medio de cada día</translation>
    </message>
    <message>
        <source>Average pain of each week</source>
        <translation>Dolor medio de cada semana</translation>
    </message>
    <message>
        <source>Average pain of each month</source>
        <translation>Dolor medio de cada mes</translation>
    </message>
    <message>
        <source>Average pain of each year</source>
        <translation>Dolor medio de cada año</translation>
    </message>
    <message>
        <source>back</source>
        <translation>espalda</translation>
    </message>
    <message>
        <source>hip</source>
        <translation>cadera</translation>
    </message>
    <message>
        <source>knee</source>
        <translation>rodilla</translation>
    </message>
    <message>
        <source>No check-ins in this period.</source>
        <translation>No hay registros de dolor en este periodo.</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>A short name, such as Calf stretch</source>
        <translation>Un nombre corto, por ejemplo Estiramiento de gemelo</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Postura</translation>
    </message>
    <message>
        <source>How it is counted</source>
        <translation>Cómo se cuenta</translation>
    </message>
    <message>
        <source>Hold, then let go</source>
        <translation>Mantener y luego soltar</translation>
    </message>
    <message>
        <source>Keep going for a time, then rest</source>
        <translation>Seguir durante un tiempo y luego descansar</translation>
    </message>
    <message>
        <source>Moves on a steady beat</source>
        <translation>Movimientos a un ritmo constante</translation>
    </message>
    <message>
        <source>Steps on a steady beat</source>
        <translation>Pasos a un ritmo constante</translation>
    </message>
    <message>
        <source>Circles on a steady beat</source>
        <translation>Círculos a un ritmo constante</translation>
    </message>
    <message>
        <source>Which foot</source>
        <translation>Qué pie</translation>
    </message>
    <message>
        <source>Both feet together</source>
        <translation>Los dos pies a la vez</translation>
    </message>
    <message>
        <source>Right foot, then left foot</source>
        <translation>Pie derecho y luego pie izquierdo</translation>
    </message>
    <message>
        <source>Left foot, then right foot</source>
        <translation>Pie izquierdo y luego pie derecho</translation>
    </message>
    <message>
        <source>Right foot only</source>
        <translation>Solo el pie derecho</translation>
    </message>
    <message>
        <source>Left foot only</source>
        <translation>Solo el pie izquierdo</translation>
    </message>
    <message>
        <source>Directions</source>
        <translation>Direcciones</translation>
    </message>
    <message>
        <source>One way only</source>
        <translation>Solo en un sentido</translation>
    </message>
    <message>
        <source>Forward, then back</source>
        <translation>Hacia delante y luego hacia atrás</translation>
    </message>
    <message>
        <source>Clockwise, then anticlockwise</source>
        <translation>En el sentido de las agujas del reloj y luego al revés</translation>
    </message>
    <message>
        <source>In one line</source>
        <translation>En una frase</translation>
    </message>
    <message>
        <source>What the exercise does</source>
        <translation>Para qué sirve el ejercicio</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <source>One step on each line</source>
        <translation>Un paso en cada línea</translation>
    </message>
    <message>
        <source>What you should feel</source>
        <translation>Qué debería notar</translation>
    </message>
    <message>
        <source>Things to avoid</source>
        <translation>Qué evitar</translation>
    </message>
    <message>
        <source>One on each line; may be left empty</source>
        <translation>Uno en cada línea; puede quedar vacío</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Seguridad</translation>
    </message>
    <message>
        <source>When to stop or take care</source>
        <translation>Cuándo parar o tener cuidado</translation>
    </message>
    <message>
        <source>Times now</source>
        <translation>Veces ahora</translation>
    </message>
    <message>
        <source>Fewest times</source>
        <translation>Mínimo de veces</translation>
    </message>
    <message>
        <source>Most times</source>
        <translation>Máximo de veces</translation>
    </message>
    <message>
        <source>Hold or work time</source>
        <translation>Tiempo de mantener o de trabajo</translation>
    </message>
    <message>
        <source>Let go or rest time</source>
        <translation>Tiempo de soltar o de descanso</translation>
    </message>
    <message>
        <source>Time for each move</source>
        <translation>Tiempo de cada movimiento</translation>
    </message>
    <message>
        <source>Let the coach raise the amount gently</source>
        <translation>Dejar que el entrenador aumente la cantidad poco a poco</translation>
    </message>
    <message>
        <source>Off: the amount stays as your physiotherapist set it</source>
        <translation>Desactivado: la cantidad se queda como la fijó su fisioterapeuta</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Imagen</translation>
    </message>
    <message>
        <source>No picture</source>
        <translation>Sin imagen</translation>
    </message>
    <message>
        <source>Pictures of %1</source>
        <translation>Imágenes de %1</translation>
    </message>
    <message>
        <source>Choose a picture file…</source>
        <translation>Elegir un archivo de imagen…</translation>
    </message>
    <message>
        <source>Choose a picture file</source>
        <translation>Elegir un archivo de imagen</translation>
    </message>
    <message>
        <source>A PNG, JPEG or SVG picture, up to 2 MB</source>
        <translation>Una imagen PNG, JPEG o SVG, de hasta 2 MB</translation>
    </message>
    <message>
        <source>Your own exercise</source>
        <translation>Su propio ejercicio</translation>
    </message>
    <message>
        <source>Steps (one on each line)</source>
        <translation>Pasos (uno en cada línea)</translation>
    </message>
    <message>
        <source>Anywhere</source>
        <translation>En cualquier lugar</translation>
    </message>
    <message>
        <source>Go to Exercises, Session, History, Routine, Reminders, Settings</source>
        <translation>Ir a Ejercicios, Sesión, Historial, Rutina, Recordatorios, Ajustes</translation>
    </message>
    <message>
        <source>Show this list</source>
        <translation>Mostrar esta lista</translation>
    </message>
    <message>
        <source>Press the button that has the focus</source>
        <translation>Pulsar el botón que tiene el foco</translation>
    </message>
    <message>
        <source>Scroll the page</source>
        <translation>Desplazar la página</translation>
    </message>
    <message>
        <source>Previous or next exercise</source>
        <translation>Ejercicio anterior o siguiente</translation>
    </message>
    <message>
        <source>Start the routine</source>
        <translation>Empezar la rutina</translation>
    </message>
    <message>
        <source>Practise the exercise shown</source>
        <translation>Practicar el ejercicio que se ve</translation>
    </message>
    <message>
        <source>During a session</source>
        <translation>Durante una sesión</translation>
    </message>
    <message>
        <source>Pause or carry on</source>
        <translation>Pausar o seguir</translation>
    </message>
    <message>
        <source>Skip this repetition</source>
        <translation>Saltar esta repetición</translation>
    </message>
    <message>
        <source>Go back one repetition</source>
        <translation>Volver una repetición atrás</translation>
    </message>
    <message>
        <source>Next exercise</source>
        <translation>Siguiente ejercicio</translation>
    </message>
    <message>
        <source>Stop (asks first)</source>
        <translation>Parar (pregunta antes)</translation>
    </message>
    <message>
        <source>Stop because it hurts</source>
        <translation>Parar porque duele</translation>
    </message>
    <message>
        <source>Full screen on or off</source>
        <translation>Pantalla completa sí o no</translation>
    </message>
    <message>
        <source>Move the chosen exercise up or down</source>
        <translation>Subir o bajar el ejercicio elegido</translation>
    </message>
    <message>
        <source>Save the routine</source>
        <translation>Guardar la rutina</translation>
    </message>
    <message>
        <source>Reminders and settings</source>
        <translation>Recordatorios y ajustes</translation>
    </message>
    <message>
        <source>Add a reminder</source>
        <translation>Añadir un recordatorio</translation>
    </message>
    <message>
        <source>Mute or unmute</source>
        <translation>Silenciar o activar el sonido</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Foot Coach %1</source>
        <translation>Foot Coach %1</translation>
    </message>
    <message>
        <source>Five gentle foot exercises, counted and spoken for you. Your log stays on this computer and is never sent anywhere.</source>
        <translation>Cinco ejercicios suaves para los pies, contados y dichos en voz alta para usted. Su registro se queda en este ordenador y nunca se envía a ningún sitio.</translation>
    </message>
    <message>
        <source>Your data folder:</source>
        <translation>Su carpeta de datos:</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Abrir la carpeta</translation>
    </message>
    <message>
        <source>Open the data folder</source>
        <translation>Abrir la carpeta de datos</translation>
    </message>
    <message>
        <source>Show the folder with your history and settings</source>
        <translation>Mostrar la carpeta con su historial y sus ajustes</translation>
    </message>
    <message>
        <source>Free software under the MIT licence. These exercises are general advice, not a treatment: for pain that lasts or is severe, see a doctor or physiotherapist.</source>
        <translation>Software libre con licencia MIT. Estos ejercicios son consejos generales, no un tratamiento: si el dolor dura o es fuerte, consulte a un médico o fisioterapeuta.</translation>
    </message>
    <message>
        <source>About Foot Coach</source>
        <translation>Acerca de Foot Coach</translation>
    </message>
    <message>
        <source>No program on this computer could open %1.</source>
        <translation>No se encontró en este equipo ningún programa que pueda abrir %1.</translation>
    </message>
    <message>
        <source>I hear nothing</source>
        <translation>No oigo nada</translation>
    </message>
    <message>
        <source>Open Settings: the lines under the volume say whether a sound device and a voice were found. Check that Foot Coach is not muted and the volume is up.</source>
        <translation>Abra Ajustes: las líneas bajo el volumen indican si se encontró un dispositivo de sonido y una voz. Compruebe que Foot Coach no esté silenciado y que el volumen esté alto.</translation>
    </message>
    <message>
        <source>No icon in the tray</source>
        <translation>No hay icono en la bandeja</translation>
    </message>
    <message>
        <source>Some desktops have no tray. Foot Coach then keeps its window open and shows reminders inside it; closing the window quits.</source>
        <translation>Algunos escritorios no tienen bandeja. Foot Coach deja entonces su ventana abierta y muestra los recordatorios en ella; al cerrar la ventana, se sale.</translation>
    </message>
    <message>
        <source>A reminder did not come</source>
        <translation>No llegó un recordatorio</translation>
    </message>
    <message>
        <source>Reminders come only while Foot Coach runs. Switch on "Start Foot Coach when I log in" on the Reminders page. A reminder missed during sleep comes once on waking, if it is less than two hours late.</source>
        <translation>Los recordatorios solo llegan mientras Foot Coach está abierto. Active «Abrir Foot Coach al iniciar sesión» en la página Recordatorios. Un recordatorio perdido durante la suspensión llega una vez al despertar, si lleva menos de dos horas de retraso.</translation>
    </message>
    <message>
        <source>A message says the history was moved aside</source>
        <translation>Un mensaje dice que el historial se apartó</translation>
    </message>
    <message>
        <source>The history file was damaged. It was kept under a new name in the data folder (Help, About, Open folder); you can restore a backup from the History page.</source>
        <translation>El archivo del historial estaba dañado. Se guardó con otro nombre en la carpeta de datos (Ayuda, Acerca de, Abrir la carpeta); puede restaurar una copia de seguridad desde la página Historial.</translation>
    </message>
    <message>
        <source>Troubleshooting</source>
        <translation>Solución de problemas</translation>
    </message>
    <message>
        <source>Thin, bendy soles</source>
        <translation>Suelas finas y flexibles</translation>
    </message>
    <message>
        <source>A thin sole that bends easily lets your feet move and feel the ground, much as they do barefoot. Thick, stiff or raised heels change how you stand and walk.</source>
        <translation>Una suela fina que se dobla con facilidad deja que sus pies se muevan y sientan el suelo, casi como descalzos. Las suelas gruesas o rígidas y los tacones cambian su forma de estar de pie y de andar.</translation>
    </message>
    <message>
        <source>Room for your toes</source>
        <translation>Espacio para los dedos</translation>
    </message>
    <message>
        <source>A wide toe box lets your toes spread out instead of being squeezed together. Spread toes help balance and use the small muscles these exercises train.</source>
        <translation>Una puntera ancha deja que los dedos se abran en lugar de apretarse. Los dedos abiertos ayudan al equilibrio y usan los músculos pequeños que entrenan estos ejercicios.</translation>
    </message>
    <message>
        <source>Light weight</source>
        <translation>Poco peso</translation>
    </message>
    <message>
        <source>Light shoes ask less of your feet and legs with every step than heavy, bulky ones.</source>
        <translation>Un calzado ligero exige menos a sus pies y piernas en cada paso que uno pesado y voluminoso.</translation>
    </message>
    <message>
        <source>Change slowly</source>
        <translation>Cambie poco a poco</translation>
    </message>
    <message>
        <source>If you move to thinner, flatter shoes, do it little by little over weeks, so your feet and legs can get used to the new way of walking. If something hurts, slow down and ask a professional.</source>
        <translation>Si pasa a un calzado más fino y plano, hágalo poco a poco durante semanas, para que sus pies y piernas se acostumbren a la nueva forma de andar. Si algo duele, vaya más despacio y consulte a un profesional.</translation>
    </message>
    <message>
        <source>Shoes shape how your feet move all day. When you choose a pair, look for these things, whatever the make:</source>
        <translation>El calzado influye en cómo se mueven sus pies todo el día. Al elegir un par, fíjese en estas cosas, sea cual sea la marca:</translation>
    </message>
    <message>
        <source>About footwear</source>
        <translation>Sobre el calzado</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>lun</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>mar</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>mié</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>jue</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>vie</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>sáb</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>dom</translation>
    </message>
    <message>
        <source>Both feet</source>
        <translation>Los dos pies</translation>
    </message>
    <message>
        <source>Right foot</source>
        <translation>Pie derecho</translation>
    </message>
    <message>
        <source>Left foot</source>
        <translation>Pie izquierdo</translation>
    </message>
    <message>
        <source>Walking forward</source>
        <translation>Caminando hacia delante</translation>
    </message>
    <message>
        <source>Walking back</source>
        <translation>Caminando hacia atrás</translation>
    </message>
    <message>
        <source>Clockwise</source>
        <translation>En el sentido del reloj</translation>
    </message>
    <message>
        <source>Anticlockwise</source>
        <translation>En sentido contrario al reloj</translation>
    </message>
    <message>
        <source>Seated</source>
        <translation>Sentado</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>De pie</translation>
    </message>
    <message>
        <source>Seated or lying down</source>
        <translation>Sentado o tumbado</translation>
    </message>
    <message>
        <source>All exercises done</source>
        <translation>Todos los ejercicios hechos</translation>
    </message>
    <message>
        <source>Exercise done</source>
        <translation>Ejercicio hecho</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Siguiente: %1</translation>
    </message>
    <message>
        <source>Left foot first</source>
        <translation>Primero el pie izquierdo</translation>
    </message>
    <message>
        <source>Right foot first</source>
        <translation>Primero el pie derecho</translation>
    </message>
    <message>
        <source>Get ready</source>
        <translation>Prepárate</translation>
    </message>
    <message>
        <source>Get ready: %1</source>
        <translation>Prepárese: %1</translation>
    </message>
    <message>
        <source>Rest — next: %1</source>
        <translation>Descanso — a continuación: %1</translation>
    </message>
    <message>
        <source>Switch to the left foot</source>
        <translation>Cambie al pie izquierdo</translation>
    </message>
    <message>
        <source>Switch to the right foot</source>
        <translation>Cambie al pie derecho</translation>
    </message>
    <message>
        <source>Turn around and walk back</source>
        <translation>Dé la vuelta y camine de regreso</translation>
    </message>
    <message>
        <source>Now circle the other way</source>
        <translation>Ahora gire en el otro sentido</translation>
    </message>
    <message>
        <source>Now the other way</source>
        <translation>Ahora en el otro sentido</translation>
    </message>
    <message>
        <source>Keep going</source>
        <translation>Siga</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Mantenga</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>Descanse</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Suelte</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <source>Circle</source>
        <translation>Círculo</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Muévase</translation>
    </message>
    <message>
        <source>Well done!</source>
        <translation>¡Muy bien!</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>And rest. %1.</source>
        <translation>Y descanse. %1.</translation>
    </message>
    <message>
        <source>And release. %1.</source>
        <translation>Y suelte. %1.</translation>
    </message>
    <message>
        <source>Keep going.</source>
        <translation>Siga.</translation>
    </message>
    <message>
        <source>Hold.</source>
        <translation>Mantenga.</translation>
    </message>
    <message>
        <source>Your last check-in shows strong pain. Please go gently, stop any exercise that hurts, and consider asking a doctor or physiotherapist to take a look.</source>
        <translation>Su última respuesta indica un dolor fuerte. Vaya con calma, deje cualquier ejercicio que le duela y piense en pedir a un médico o fisioterapeuta que le eche un vistazo.</translation>
    </message>
    <message>
        <source>Your pain has been going up over the last two weeks. It would be wise to talk to a doctor or physiotherapist about it; they can check what is behind it.</source>
        <translation>Su dolor ha ido en aumento en las dos últimas semanas. Sería prudente hablarlo con un médico o fisioterapeuta; pueden ver a qué se debe.</translation>
    </message>
    <message>
        <source>You stopped because it hurt. Rest now, and do not exercise through pain. If the pain stays or is strong, please ask a doctor or physiotherapist to take a look.</source>
        <translation>Ha parado porque le dolía. Descanse ahora y no haga ejercicio con dolor. Si el dolor continúa o es fuerte, pida a un médico o fisioterapeuta que lo revise.</translation>
    </message>
    <message>
        <source>the last session felt too hard</source>
        <translation>la última sesión resultó demasiado difícil</translation>
    </message>
    <message>
        <source>three sessions in a row finished and none felt too hard</source>
        <translation>tres sesiones seguidas terminadas y ninguna demasiado difícil</translation>
    </message>
    <message>
        <source>welcome back after %1 days away</source>
        <translation>bienvenido de nuevo tras %1 días sin ejercicios</translation>
    </message>
    <message>
        <source>set by hand</source>
        <translation>ajustado a mano</translation>
    </message>
    <message>
        <source>back to automatic</source>
        <translation>de nuevo automático</translation>
    </message>
    <message>
        <source>changed in the exercise editor</source>
        <translation>cambiado en el editor de ejercicios</translation>
    </message>
    <message>
        <source>imported from a routine file</source>
        <translation>importado de un archivo de rutina</translation>
    </message>
    <message>
        <source>a plain file name ending .png, .jpg or .svg, without folders</source>
        <translation>un nombre de archivo sencillo que termine en .png, .jpg o .svg, sin carpetas</translation>
    </message>
    <message>
        <source>used twice</source>
        <translation>usado dos veces</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>exercise %1: field '%2': %3</source>
        <translation>ejercicio %1: campo '%2': %3</translation>
    </message>
    <message>
        <source>expected non-empty text</source>
        <translation>aquí tiene que haber texto</translation>
    </message>
    <message>
        <source>longer than %1 characters</source>
        <translation>más largo de %1 caracteres</translation>
    </message>
    <message>
        <source>expected a list of non-empty texts</source>
        <translation>se espera una lista de textos, ninguno vacío</translation>
    </message>
    <message>
        <source>at most %1 lines of %2 characters</source>
        <translation>como mucho %1 líneas de %2 caracteres</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>se espera true o false</translation>
    </message>
    <message>
        <source>%1 is not one of %2</source>
        <translation>%1 no es ninguno de estos valores: %2</translation>
    </message>
    <message>
        <source>expected a whole number %1..%2</source>
        <translation>se espera un número entero de %1 a %2</translation>
    </message>
    <message>
        <source>expected a table</source>
        <translation>se espera una tabla</translation>
    </message>
    <message>
        <source>expected text</source>
        <translation>se espera texto</translation>
    </message>
    <message>
        <source>%1 names no built-in exercise</source>
        <translation>%1 no corresponde a ningún ejercicio incluido</translation>
    </message>
    <message>
        <source>exercise #%1: expected a table</source>
        <translation>ejercicio n.º %1: se espera una tabla</translation>
    </message>
    <message>
        <source>use letters, digits and '-' only</source>
        <translation>use solo letras, cifras y '-'</translation>
    </message>
    <message>
        <source>3 to 40 small letters, digits and '-'</source>
        <translation>de 3 a 40 minúsculas, cifras y '-'</translation>
    </message>
    <message>
        <source>already used by a built-in exercise</source>
        <translation>ya lo usa un ejercicio incluido</translation>
    </message>
    <message>
        <source>either ['both'] or each foot once</source>
        <translation>o bien ['both'], o bien cada pie una vez</translation>
    </message>
    <message>
        <source>each direction once</source>
        <translation>cada sentido una sola vez</translation>
    </message>
    <message>
        <source>not valid TOML: %1</source>
        <translation>no es TOML válido: %1</translation>
    </message>
    <message>
        <source>no [[exercise]] tables found</source>
        <translation>no hay tablas [[exercise]]</translation>
    </message>
    <message>
        <source>expected %1 lines</source>
        <translation>se esperan %1 líneas</translation>
    </message>
    <message>
        <source>larger than %1 MB</source>
        <translation>ocupa más de %1 MB</translation>
    </message>
    <message>
        <source>an SVG with a DOCTYPE or entities is not accepted</source>
        <translation>no se acepta un SVG con DOCTYPE o entidades</translation>
    </message>
    <message>
        <source>not a readable SVG file</source>
        <translation>no es un archivo SVG legible</translation>
    </message>
    <message>
        <source>not an SVG picture</source>
        <translation>no es una imagen SVG</translation>
    </message>
    <message>
        <source>an SVG with more than %1 parts is not accepted</source>
        <translation>no se acepta un SVG con más de %1 partes</translation>
    </message>
    <message>
        <source>an SVG with &lt;%1&gt; is not accepted</source>
        <translation>no se acepta un SVG con &lt;%1&gt;</translation>
    </message>
    <message>
        <source>an SVG must be UTF-8 text</source>
        <translation>un SVG debe ser texto UTF-8</translation>
    </message>
    <message>
        <source>an SVG with scripts is not accepted</source>
        <translation>no se acepta un SVG con scripts</translation>
    </message>
    <message>
        <source>an SVG that loads other files is not accepted</source>
        <translation>no se acepta un SVG que carga otros archivos</translation>
    </message>
    <message>
        <source>a damaged PNG picture</source>
        <translation>una imagen PNG dañada</translation>
    </message>
    <message>
        <source>a picture larger than %1 pixels a side</source>
        <translation>una imagen de más de %1 píxeles de lado</translation>
    </message>
    <message>
        <source>not a PNG picture</source>
        <translation>no es una imagen PNG</translation>
    </message>
    <message>
        <source>not a JPEG picture</source>
        <translation>no es una imagen JPEG</translation>
    </message>
    <message>
        <source>exercise %1: field '%2'</source>
        <translation>ejercicio %1: campo '%2'</translation>
    </message>
    <message>
        <source>expected %1: this is not a Foot Coach routine file</source>
        <translation>se espera %1: este no es un archivo de rutina de Foot Coach</translation>
    </message>
    <message>
        <source>expected a whole number</source>
        <translation>se espera un número entero</translation>
    </message>
    <message>
        <source>%1 is from a newer Foot Coach; please update it first</source>
        <translation>%1 es de un Foot Coach más nuevo; actualice Foot Coach primero</translation>
    </message>
    <message>
        <source>expected 1</source>
        <translation>se espera 1</translation>
    </message>
    <message>
        <source>expected a [routine] table</source>
        <translation>se espera una tabla [routine]</translation>
    </message>
    <message>
        <source>expected text of at most %1 characters</source>
        <translation>se espera un texto de %1 caracteres como mucho</translation>
    </message>
    <message>
        <source>expected [[exercise]] tables</source>
        <translation>se esperan tablas [[exercise]]</translation>
    </message>
    <message>
        <source>more than %1 exercises</source>
        <translation>más de %1 ejercicios</translation>
    </message>
    <message>
        <source>expected a [pictures] table</source>
        <translation>se espera una tabla [pictures]</translation>
    </message>
    <message>
        <source>more than %1 pictures</source>
        <translation>más de %1 imágenes</translation>
    </message>
    <message>
        <source>expected the picture as base64 text</source>
        <translation>se espera la imagen como texto base64</translation>
    </message>
    <message>
        <source>not valid base64</source>
        <translation>no es base64 válido</translation>
    </message>
    <message>
        <source>not in [pictures]</source>
        <translation>no está en [pictures]</translation>
    </message>
    <message>
        <source>not a text file (UTF-8)</source>
        <translation>no es un archivo de texto (UTF-8)</translation>
    </message>
    <message>
        <source>a key has more than %1 parts</source>
        <translation>una clave tiene más de %1 partes</translation>
    </message>
    <message>
        <source>not valid TOML (%1)</source>
        <translation>no es TOML válido (%1)</translation>
    </message>
    <message>
        <source>nested too deeply</source>
        <translation>anidado a demasiada profundidad</translation>
    </message>
    <message>
        <source>expected a list of exercise ids</source>
        <translation>se espera una lista de identificadores de ejercicio</translation>
    </message>
    <message>
        <source>%1 is not defined in the file</source>
        <translation>%1 no está descrito en el archivo</translation>
    </message>
    <message>
        <source>an exercise is listed twice</source>
        <translation>un ejercicio aparece dos veces en la lista</translation>
    </message>
    <message>
        <source>%1: %2; no own exercises read</source>
        <translation>%1: %2; no se leyó ningún ejercicio propio</translation>
    </message>
    <message>
        <source>%1; this exercise was left out</source>
        <translation>%1; este ejercicio se ha dejado fuera</translation>
    </message>
    <message>
        <source>%1: exercise %2 appears twice; kept the first</source>
        <translation>%1: el ejercicio %2 aparece dos veces; se ha conservado el primero</translation>
    </message>
    <message>
        <source>could not read %1: %2</source>
        <translation>no se pudo leer %1: %2</translation>
    </message>
    <message>
        <source>A copy could not be kept as %1: %2</source>
        <translation>No se pudo guardar una copia como %1: %2</translation>
    </message>
    <message>
        <source>Your own exercises could not be saved to %1: %2</source>
        <translation>No se pudieron guardar sus ejercicios propios en %1: %2</translation>
    </message>
    <message>
        <source>The picture could not be saved to %1: %2</source>
        <translation>No se pudo guardar la imagen en %1: %2</translation>
    </message>
    <message>
        <source>a whole number 0-100</source>
        <translation>un número entero de 0 a 100</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true o false</translation>
    </message>
    <message>
        <source>seconds 5-120</source>
        <translation>segundos de 5 a 120</translation>
    </message>
    <message>
        <source>a percentage 100-200</source>
        <translation>un porcentaje de 100 a 200</translation>
    </message>
    <message>
        <source>system, en, de or es</source>
        <translation>system, en, de o es</translation>
    </message>
    <message>
        <source>system, light or dark</source>
        <translation>system, light o dark</translation>
    </message>
    <message>
        <source>a list of exercise ids, each once</source>
        <translation>una lista de identificadores de ejercicio, cada uno una vez</translation>
    </message>
    <message>
        <source>minutes 0-720</source>
        <translation>minutos de 0 a 720</translation>
    </message>
    <message>
        <source>a list of reminders</source>
        <translation>una lista de recordatorios</translation>
    </message>
    <message>
        <source>a date and time, or empty</source>
        <translation>una fecha con hora, o vacío</translation>
    </message>
    <message>
        <source>a date, or empty</source>
        <translation>una fecha, o vacío</translation>
    </message>
    <message>
        <source>a window size and place, or empty</source>
        <translation>un tamaño y una posición de ventana, o vacío</translation>
    </message>
    <message>
        <source>unknown setting '%1' ignored</source>
        <translation>se ha pasado por alto el ajuste desconocido '%1'</translation>
    </message>
    <message>
        <source>setting '%1' must be %2; using the default</source>
        <translation>el ajuste '%1' debe ser %2; se usa el valor predeterminado</translation>
    </message>
    <message>
        <source>setting 'reminders' has a bad entry; it was left out</source>
        <translation>el ajuste 'reminders' tiene una entrada errónea; se ha dejado fuera</translation>
    </message>
    <message>
        <source>setting 'reminders' has more than %1; the first %1 were kept</source>
        <translation>el ajuste 'reminders' tiene más de %1; se conservaron los %1 primeros</translation>
    </message>
    <message>
        <source>%1; using all defaults</source>
        <translation>%1; se usan todos los valores predeterminados</translation>
    </message>
    <message>
        <source>Your settings could not be saved to %1: %2</source>
        <translation>No se pudieron guardar sus ajustes en %1: %2</translation>
    </message>
    <message>
        <source>%1 cannot be restored: %2. Your current history is kept.</source>
        <translation>%1 no se puede restaurar: %2. Su historial actual se conserva.</translation>
    </message>
    <message>
        <source>the file is damaged</source>
        <translation>el archivo está dañado</translation>
    </message>
    <message>
        <source>it is not a Foot Coach history file</source>
        <translation>no es un archivo de historial de Foot Coach</translation>
    </message>
    <message>
        <source>its entries do not fit together</source>
        <translation>sus entradas no encajan entre sí</translation>
    </message>
    <message>
        <source>it was made by a newer Foot Coach</source>
        <translation>lo creó un Foot Coach más nuevo</translation>
    </message>
    <message>
        <source>it contains triggers or views, which a history file never has</source>
        <translation>contiene triggers o vistas, que un archivo de historial nunca tiene</translation>
    </message>
    <message>
        <source>the table '%1' is missing or incomplete</source>
        <translation>falta la tabla '%1' o está incompleta</translation>
    </message>
    <message>
        <source>it cannot be read (%1)</source>
        <translation>no se puede leer (%1)</translation>
    </message>
    <message>
        <source>it is not a SQLite database</source>
        <translation>no es una base de datos SQLite</translation>
    </message>
    <message>
        <source>The history file %1 was written by a newer Foot Coach. Please update Foot Coach; the file has not been changed.</source>
        <translation>El archivo de historial %1 lo escribió un Foot Coach más nuevo. Actualice Foot Coach; el archivo no se ha modificado.</translation>
    </message>
    <message>
        <source>Foot Coach cannot open %1: %2.</source>
        <translation>Foot Coach no puede abrir %1: %2.</translation>
    </message>
    <message>
        <source>Foot Coach could not read all of its settings and uses its usual ones in their place. Your exercise history is not affected. The old settings file is kept next to the new one, its name ending in .bak and the date.

What was wrong:</source>
        <translation>Foot Coach no pudo leer todos sus ajustes y usa los habituales en su lugar. Su historial de ejercicios no se ve afectado. El archivo de ajustes antiguo se guarda junto al nuevo, con un nombre que termina en .bak y la fecha.

Qué estaba mal:</translation>
    </message>
    <message>
        <source>The history file %1 is damaged or is not a Foot Coach history file.</source>
        <translation>El archivo de historial %1 está dañado o no es un archivo de historial de Foot Coach.</translation>
    </message>
    <message>
        <source>The history file %1 comes from an older Foot Coach and has to be updated before it can be shown, but it cannot be changed where it is. Nothing in it has been changed or lost. Please make its folder writable (unlock the disk, or check the folder's permissions), or copy the file to a folder you can write to, then start Foot Coach again.</source>
        <translation>El archivo de historial %1 viene de una versión anterior de Foot Coach y hay que actualizarlo antes de poder mostrarlo, pero no se puede modificar donde está. No se ha cambiado ni perdido nada de él. Haga que su carpeta se pueda escribir (desbloquee el disco o revise los permisos de la carpeta), o copie el archivo a una carpeta en la que pueda escribir, y vuelva a iniciar Foot Coach.</translation>
    </message>
    <message>
        <source>The disk holding %1 is full. Free some space.</source>
        <translation>El disco donde está %1 está lleno. Libere algo de espacio.</translation>
    </message>
    <message>
        <source>Another program is using the history file %1, so Foot Coach cannot write to it just now. Close that program (for example a database viewer, or a backup or sync tool).</source>
        <translation>Otro programa está usando el archivo de historial %1, por eso Foot Coach no puede escribir en él ahora. Cierre ese programa (por ejemplo, un visor de bases de datos o una herramienta de copias de seguridad o de sincronización).</translation>
    </message>
    <message>
        <source>Foot Coach cannot write to %1. Check its permissions.</source>
        <translation>Foot Coach no puede escribir en %1. Revise los permisos.</translation>
    </message>
    <message>
        <source>Foot Coach cannot write to %1: the disk is read-only.</source>
        <translation>Foot Coach no puede escribir en %1: el disco es de solo lectura.</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>el disco está lleno</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>el disco es de solo lectura</translation>
    </message>
    <message>
        <source>Foot Coach is not allowed to write there</source>
        <translation>Foot Coach no tiene permiso para escribir ahí</translation>
    </message>
    <message>
        <source>the folder or file is not there</source>
        <translation>la carpeta o el archivo no existe</translation>
    </message>
    <message>
        <source>part of the path is a file, not a folder</source>
        <translation>una parte de la ruta es un archivo, no una carpeta</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>es una carpeta</translation>
    </message>
    <message>
        <source>No reminder is set.</source>
        <translation>No hay ningún recordatorio.</translation>
    </message>
    <message>
        <source>Next reminder: today at %1</source>
        <translation>Próximo recordatorio: hoy a las %1</translation>
    </message>
    <message>
        <source>Next reminder: tomorrow at %1</source>
        <translation>Próximo recordatorio: mañana a las %1</translation>
    </message>
    <message>
        <source>Next reminder: %1 at %2</source>
        <translation>Próximo recordatorio: %1 a las %2</translation>
    </message>
    <message>
        <source>Foot exercises</source>
        <translation>Ejercicios para los pies</translation>
    </message>
    <message>
        <source>Time for your foot exercises: the routine takes about ten minutes.</source>
        <translation>Es hora de tus ejercicios para los pies: la rutina dura unos diez minutos.</translation>
    </message>
    <message>
        <source>The calendar file %1 could not be saved: %2</source>
        <translation>No se pudo guardar el archivo de calendario %1: %2</translation>
    </message>
    <message>
        <source>Today: %1, %2, %3 and %4 of exercise.</source>
        <translation>Hoy: %1, %2, %3 y %4 de ejercicio.</translation>
    </message>
    <message numerus="yes">
        <source>%n exercise(s)</source>
        <translation>
            <numerusform>%n ejercicio</numerusform>
            <numerusform>%n ejercicios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hold(s)</source>
        <translation>
            <numerusform>%n sostenida</numerusform>
            <numerusform>%n sostenidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>Your first day: well begun.</source>
        <translation>Su primer día: buen comienzo.</translation>
    </message>
    <message numerus="yes">
        <source>%n repetition(s) more than last time.</source>
        <translation>
            <numerusform>%n repetición más que la última vez.</numerusform>
            <numerusform>%n repeticiones más que la última vez.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n repetition(s) fewer than last time.</source>
        <translation>
            <numerusform>%n repetición menos que la última vez.</numerusform>
            <numerusform>%n repeticiones menos que la última vez.</numerusform>
        </translation>
    </message>
    <message>
        <source>As many repetitions as last time.</source>
        <translation>Tantas repeticiones como la última vez.</translation>
    </message>
    <message numerus="yes">
        <source>You have exercised %n day(s) in a row.</source>
        <translation>
            <numerusform>Día %n de una nueva racha.</numerusform>
            <numerusform>Lleva %n días seguidos haciendo ejercicio.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n time(s) for %1 s</source>
        <translation>
            <numerusform>%n vez de %1 s</numerusform>
            <numerusform>%n veces de %1 s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n time(s), hold %1 s each</source>
        <translation>
            <numerusform>%n vez, mantenga %1 s</numerusform>
            <numerusform>%n veces, mantenga %1 s cada vez</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n time(s)</source>
        <translation>
            <numerusform>%n vez</numerusform>
            <numerusform>%n veces</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n paso</numerusform>
            <numerusform>%n pasos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n circle(s)</source>
        <translation>
            <numerusform>%n círculo</numerusform>
            <numerusform>%n círculos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n move(s)</source>
        <translation>
            <numerusform>%n movimiento</numerusform>
            <numerusform>%n movimientos</numerusform>
        </translation>
    </message>
    <message>
        <source>now %1</source>
        <translation>ahora %1</translation>
    </message>
    <message>
        <source>now %1 (was %2)</source>
        <translation>ahora %1 (antes %2)</translation>
    </message>
    <message>
        <source>%1 each way</source>
        <translation>%1 en cada sentido</translation>
    </message>
    <message>
        <source>Today: %1, on each foot</source>
        <translation>Hoy: %1, con cada pie</translation>
    </message>
    <message>
        <source>Today: %1</source>
        <translation>Hoy: %1</translation>
    </message>
    <message>
        <source>Foot Coach starts at login to remind you of your exercises.</source>
        <translation>Foot Coach se inicia al iniciar sesión para recordarle sus ejercicios.</translation>
    </message>
    <message>
        <source>Exercise %1 of %2</source>
        <translation>Ejercicio %1 de %2</translation>
    </message>
    <message>
        <source>Paused. Press Space or Resume to carry on.</source>
        <translation>En pausa. Pulse la barra espaciadora o «Seguir» para seguir.</translation>
    </message>
    <message>
        <source>Carrying on.</source>
        <translation>Seguimos.</translation>
    </message>
    <message>
        <source>Stopped before it started. Nothing was counted.</source>
        <translation>Detenida antes de empezar. No se ha contado nada.</translation>
    </message>
    <message>
        <source>Stopped. Everything you did is saved.</source>
        <translation>Detenido. Todo lo que hizo está guardado.</translation>
    </message>
    <message>
        <source>Show as table</source>
        <translation>Mostrar como tabla</translation>
    </message>
    <message>
        <source>%1: show as table</source>
        <translation>%1: mostrar como tabla</translation>
    </message>
    <message>
        <source>The figures behind the chart</source>
        <translation>Las cifras detrás del gráfico</translation>
    </message>
    <message>
        <source>Hide the table</source>
        <translation>Ocultar la tabla</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Foot Coach is already open, but it is not answering right now.

Please wait a moment, then open Foot Coach again. If it still does not answer, close the Foot Coach window and open it again, or restart the computer.</source>
        <translation>Foot Coach ya está abierto, pero ahora mismo no responde.

Espere un momento y vuelva a abrir Foot Coach. Si sigue sin responder, cierre la ventana de Foot Coach y ábrala de nuevo, o reinicie el ordenador.</translation>
    </message>
    <message>
        <source>Stop the session?</source>
        <translation>¿Parar la sesión?</translation>
    </message>
    <message>
        <source>Stop now? Everything you have done so far is saved.</source>
        <translation>¿Parar ahora? Todo lo que ha hecho hasta ahora está guardado.</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation>%1 (continuación)</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>The sounds and the voice are not working. Follow the countdown on screen.</source>
        <translation>Los sonidos y la voz no funcionan. Siga la cuenta atrás en la pantalla.</translation>
    </message>
    <message>
        <source>The voice is not working. Follow the countdown on screen.</source>
        <translation>La voz no funciona. Siga la cuenta atrás en la pantalla.</translation>
    </message>
    <message>
        <source>The sounds are not working. Follow the countdown on screen.</source>
        <translation>Los sonidos no funcionan. Siga la cuenta atrás en la pantalla.</translation>
    </message>
</context>
<context>
    <name>CheckInDialog</name>
    <message>
        <source>How do you feel before you start?</source>
        <translation>¿Cómo se siente antes de empezar?</translation>
    </message>
    <message>
        <source>How do you feel now?</source>
        <translation>¿Cómo se siente ahora?</translation>
    </message>
    <message>
        <source>Pain check-in</source>
        <translation>Registro de dolor</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Espalda</translation>
    </message>
    <message>
        <source>Hip</source>
        <translation>Cadera</translation>
    </message>
    <message>
        <source>Knee</source>
        <translation>Rodilla</translation>
    </message>
    <message>
        <source>0 is no pain, 10 is the worst you can imagine</source>
        <translation>0 es nada de dolor, 10 el peor que pueda imaginar</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Save (Enter)</source>
        <translation>Guardar (Intro)</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Saltar</translation>
    </message>
    <message>
        <source>Skip the check-in (Esc)</source>
        <translation>Saltar el registro (Esc)</translation>
    </message>
    <message>
        <source>Skip the check-in</source>
        <translation>Saltar el registro</translation>
    </message>
    <message>
        <source>0 means no pain at all, 10 the worst pain.</source>
        <translation>0 significa nada de dolor, 10 el peor dolor.</translation>
    </message>
</context>
<context>
    <name>Cues</name>
    <message>
        <source>The sounds are off.</source>
        <translation>Los sonidos están desactivados.</translation>
    </message>
    <message>
        <source>The sounds start when a session starts.</source>
        <translation>Los sonidos se activan al empezar una sesión.</translation>
    </message>
    <message>
        <source>Getting the sounds ready…</source>
        <translation>Preparando los sonidos…</translation>
    </message>
    <message>
        <source>The sounds could not be started, so Foot Coach stays silent.</source>
        <translation>No se pudieron iniciar los sonidos, así que Foot Coach se queda en silencio.</translation>
    </message>
    <message>
        <source>No sound output was found, so Foot Coach stays silent. Connect speakers or headphones, or turn the sound on in the computer's settings.</source>
        <translation>No se encontró ninguna salida de sonido, así que Foot Coach se queda en silencio. Conecte altavoces o auriculares, o active el sonido en la configuración del ordenador.</translation>
    </message>
    <message>
        <source>The cue sounds could not be loaded, so Foot Coach stays silent.</source>
        <translation>No se pudieron cargar los sonidos de aviso, así que Foot Coach se queda en silencio.</translation>
    </message>
    <message>
        <source>The sounds start when a session starts. Last time they played through: %1</source>
        <translation>Los sonidos se activan al empezar una sesión. La última vez sonaron por: %1</translation>
    </message>
    <message>
        <source>Sounds are ready. They play through: %1</source>
        <translation>Los sonidos están listos. Suenan por: %1</translation>
    </message>
    <message>
        <source>The voice is off.</source>
        <translation>La voz está desactivada.</translation>
    </message>
    <message>
        <source>The computer's sound system did not answer, so Foot Coach stays silent. It keeps trying to start the sounds again while a session runs; if they stay away, restart the computer.</source>
        <translation>El sistema de sonido del ordenador no respondió, así que Foot Coach se queda en silencio. Mientras dura una sesión, Foot Coach sigue intentando poner en marcha los sonidos de nuevo; si no vuelven, reinicie el ordenador.</translation>
    </message>
    <message>
        <source>The voice starts when a session starts.</source>
        <translation>La voz se activa al empezar una sesión.</translation>
    </message>
    <message>
        <source>Getting the voice ready…</source>
        <translation>Preparando la voz…</translation>
    </message>
    <message>
        <source>The voice is not answering, so Foot Coach carries on without it. It keeps trying to start the voice again while a session runs.</source>
        <translation>La voz no responde, así que Foot Coach sigue sin ella. Mientras dura una sesión, Foot Coach sigue intentando poner en marcha la voz de nuevo.</translation>
    </message>
    <message>
        <source>The sounds stopped working, so Foot Coach stays silent. It keeps trying to start them again while a session runs.</source>
        <translation>Los sonidos dejaron de funcionar, así que Foot Coach se queda en silencio. Mientras dura una sesión, Foot Coach sigue intentando ponerlos en marcha de nuevo.</translation>
    </message>
    <message>
        <source>No voice is installed. Install speech-dispatcher to hear the steps.</source>
        <translation>No hay ninguna voz instalada. Instale speech-dispatcher para oír los pasos.</translation>
    </message>
    <message>
        <source>The voice does not work, so Foot Coach carries on without it. Check that speech-dispatcher is installed.</source>
        <translation>La voz no funciona, así que Foot Coach sigue sin ella. Compruebe que speech-dispatcher está instalado.</translation>
    </message>
    <message>
        <source>The voice starts when a session starts. Last time it spoke: %1</source>
        <translation>La voz se activa al empezar una sesión. La última vez habló en: %1</translation>
    </message>
    <message>
        <source>The voice is speaking. Language: %1</source>
        <translation>La voz está hablando. Idioma: %1</translation>
    </message>
    <message>
        <source>The voice is ready. Language: %1</source>
        <translation>La voz está lista. Idioma: %1</translation>
    </message>
    <message>
        <source>The voice has no voice for this language, so it speaks: %1</source>
        <translation>No hay voz para este idioma, así que habla: %1</translation>
    </message>
</context>
<context>
    <name>ExerciseCard</name>
    <message>
        <source>How to do it: %1</source>
        <translation>Cómo se hace: %1</translation>
    </message>
</context>
<context>
    <name>ExerciseEditor</name>
    <message>
        <source>Your own exercise</source>
        <translation>Su propio ejercicio</translation>
    </message>
    <message>
        <source>Your picture: %1</source>
        <translation>Su imagen: %1</translation>
    </message>
    <message>
        <source>Choose a picture</source>
        <translation>Elegir una imagen</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.svg)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg *.svg)</translation>
    </message>
    <message>
        <source>That picture cannot be used: %1</source>
        <translation>Esa imagen no se puede usar: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>ExercisesPage</name>
    <message>
        <source>‹ Previous</source>
        <translation>‹ Anterior</translation>
    </message>
    <message>
        <source>Previous exercise</source>
        <translation>Ejercicio anterior</translation>
    </message>
    <message>
        <source>Next ›</source>
        <translation>Siguiente ›</translation>
    </message>
    <message>
        <source>Next exercise</source>
        <translation>Siguiente ejercicio</translation>
    </message>
    <message>
        <source>Start routine</source>
        <translation>Empezar la rutina</translation>
    </message>
    <message>
        <source>Practise this one</source>
        <translation>Practicar este</translation>
    </message>
    <message>
        <source>Practise this exercise</source>
        <translation>Practicar este ejercicio</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Add Foot Coach to the applications menu</source>
        <translation>Añadir Foot Coach al menú de aplicaciones</translation>
    </message>
    <message>
        <source>Add to the applications menu</source>
        <translation>Añadir al menú de aplicaciones</translation>
    </message>
    <message>
        <source>Find Foot Coach in the menu of your computer, with its icon</source>
        <translation>Encontrar Foot Coach en el menú de su ordenador, con su icono</translation>
    </message>
    <message>
        <source>Welcome to Foot Coach</source>
        <translation>Bienvenido a Foot Coach</translation>
    </message>
    <message>
        <source>Skip this step</source>
        <translation>Saltar este paso</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Go on without answering this step</source>
        <translation>Seguir sin responder a este paso</translation>
    </message>
    <message>
        <source>Go on (Enter)</source>
        <translation>Seguir (Intro)</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Bienvenida</translation>
    </message>
    <message>
        <source>Foot Coach guides you through five gentle foot exercises: toe curls, arch raises, the heel-to-toe walk, ankle circles and toe spreading. It counts for you, speaks the steps, and keeps a private log on this computer.</source>
        <translation>Foot Coach le guía en cinco ejercicios suaves para los pies: encoger los dedos, elevar el arco, caminar talón con punta, círculos con el tobillo y separar los dedos. Cuenta por usted, dice los pasos en voz alta y lleva un registro privado en este ordenador.</translation>
    </message>
    <message>
        <source>These exercises are general advice, not a treatment. If you have pain that does not go away, or pain that is severe, please see a doctor or physiotherapist.</source>
        <translation>Estos ejercicios son consejos generales, no un tratamiento. Si tiene un dolor que no se va, o un dolor fuerte, consulte a un médico o fisioterapeuta.</translation>
    </message>
    <message>
        <source>Remind me every day at</source>
        <translation>Recordármelo cada día a las</translation>
    </message>
    <message>
        <source>Reminder time</source>
        <translation>Hora del recordatorio</translation>
    </message>
    <message>
        <source>Daily reminder</source>
        <translation>Recordatorio diario</translation>
    </message>
    <message>
        <source>Remind me every day</source>
        <translation>Recordármelo cada día</translation>
    </message>
    <message>
        <source>A daily reminder</source>
        <translation>Un recordatorio diario</translation>
    </message>
    <message>
        <source>Pick a time of day that suits you. You can change it later.</source>
        <translation>Elija una hora del día que le venga bien. Puede cambiarla más adelante.</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volumen</translation>
    </message>
    <message>
        <source>Volume of sounds and voice</source>
        <translation>Volumen de los sonidos y de la voz</translation>
    </message>
    <message>
        <source>Volume in percent</source>
        <translation>Volumen en porcentaje</translation>
    </message>
    <message>
        <source>Play sounds</source>
        <translation>Reproducir sonidos</translation>
    </message>
    <message>
        <source>Speak the steps out loud</source>
        <translation>Decir los pasos en voz alta</translation>
    </message>
    <message>
        <source>Try the sound</source>
        <translation>Probar el sonido</translation>
    </message>
    <message>
        <source>Try the voice</source>
        <translation>Probar la voz</translation>
    </message>
    <message>
        <source>A short sound at each step</source>
        <translation>Un sonido breve en cada paso</translation>
    </message>
    <message>
        <source>Speak the steps</source>
        <translation>Decir los pasos</translation>
    </message>
    <message>
        <source>A voice says each step</source>
        <translation>Una voz dice cada paso</translation>
    </message>
    <message>
        <source>Play a cue now</source>
        <translation>Reproducir un aviso ahora</translation>
    </message>
    <message>
        <source>Hear the voice now</source>
        <translation>Oír la voz ahora</translation>
    </message>
    <message>
        <source>Sound and voice</source>
        <translation>Sonido y voz</translation>
    </message>
    <message>
        <source>Foot Coach can beep and speak so you need not watch the screen.</source>
        <translation>Foot Coach puede pitar y hablar para que no tenga que mirar la pantalla.</translation>
    </message>
    <message>
        <source>Start using Foot Coach</source>
        <translation>Empezar a usar Foot Coach</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Paso %1 de %2</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source>Last week</source>
        <translation>La última semana</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>El último mes</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>El último año</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Todo</translation>
    </message>
    <message>
        <source>Time range</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>How far back the charts and totals go</source>
        <translation>Hasta cuándo llegan los gráficos y los totales</translation>
    </message>
    <message>
        <source>Nothing here yet. When you finish your first exercises, your progress will show up here: minutes per day, streaks, and how each exercise grows.</source>
        <translation>Aún no hay nada. Cuando termine sus primeros ejercicios, aquí verá su progreso: minutos por día, rachas y cómo crece cada ejercicio.</translation>
    </message>
    <message>
        <source>Past sessions</source>
        <translation>Sesiones anteriores</translation>
    </message>
    <message>
        <source>Choose a session to add a note to it or delete it</source>
        <translation>Elija una sesión para añadirle una nota o borrarla</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Mostrar:</translation>
    </message>
    <message>
        <source>Report for my physiotherapist…</source>
        <translation>Informe para mi fisioterapeuta…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Past sessions&lt;/b&gt;</source>
        <translation>&lt;b&gt;Sesiones anteriores&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Add a note…</source>
        <translation>Añadir una nota…</translation>
    </message>
    <message>
        <source>Delete session…</source>
        <translation>Borrar la sesión…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <source>Back up…</source>
        <translation>Copia de seguridad…</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Restaurar…</translation>
    </message>
    <message numerus="yes">
        <source>Active on %n day(s) this year.</source>
        <translation>
            <numerusform>Activo %n día este año.</numerusform>
            <numerusform>Activo %n días este año.</numerusform>
        </translation>
    </message>
    <message>
        <source>These have the same counts, so their lines lie on top of each other: %1.</source>
        <translation>Estos tienen las mismas cifras, por eso sus líneas quedan una encima de otra: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n active minute(s) in this range; one bar per %1.</source>
        <translation>
            <numerusform>%Ln minuto activo en este periodo; una barra por %1.</numerusform>
            <numerusform>%Ln minutos activos en este periodo; una barra por %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n repetition(s) in this range; one point per %1.</source>
        <translation>
            <numerusform>%Ln repetición en este periodo; un punto por %1.</numerusform>
            <numerusform>%Ln repeticiones en este periodo; un punto por %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>day</source>
        <translation>día</translation>
    </message>
    <message>
        <source>week</source>
        <translation>semana</translation>
    </message>
    <message>
        <source>month</source>
        <translation>mes</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>terminada</translation>
    </message>
    <message>
        <source>stopped early</source>
        <translation>parada antes de tiempo</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>interrumpida</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>en curso</translation>
    </message>
    <message>
        <source>stopped: it hurt</source>
        <translation>parada: dolía</translation>
    </message>
    <message>
        <source>reps</source>
        <translation>rep.</translation>
    </message>
    <message>
        <source>Active minutes</source>
        <translation>Minutos activos</translation>
    </message>
    <message>
        <source>Current streak: %1 · Best streak: %2</source>
        <translation>Racha actual: %1 · Mejor racha: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%Ln sesión</numerusform>
            <numerusform>%Ln sesiones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n active minute(s)</source>
        <translation>
            <numerusform>%Ln minuto activo</numerusform>
            <numerusform>%Ln minutos activos</numerusform>
        </translation>
    </message>
    <message>
        <source>This week: %1, %2 · In total: %3</source>
        <translation>Esta semana: %1, %2 · En total: %3</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message>
        <source>all skipped</source>
        <translation>todo omitido</translation>
    </message>
    <message numerus="yes">
        <source>%n rep(s)</source>
        <translation>
            <numerusform>%n repetición</numerusform>
            <numerusform>%n repeticiones</numerusform>
        </translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>minutos</translation>
    </message>
    <message>
        <source>Repetitions per exercise</source>
        <translation>Repeticiones por ejercicio</translation>
    </message>
    <message>
        <source>Active days this year</source>
        <translation>Días activos este año</translation>
    </message>
    <message>
        <source>Pain check-ins (0–10)</source>
        <translation>Registros de dolor (0–10)</translation>
    </message>
    <message>
        <source>pain</source>
        <translation>dolor</translation>
    </message>
    <message>
        <source>Average pain in this range, 0 to 10: %1.</source>
        <translation>Dolor medio en este periodo, de 0 a 10: %1.</translation>
    </message>
    <message>
        <source>Active days</source>
        <translation>Días activos</translation>
    </message>
    <message>
        <source>week of %1</source>
        <translation>semana del %1</translation>
    </message>
    <message>
        <source>%1 (only %2 to %3)</source>
        <translation>%1 (solo del %2 al %3)</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Espalda</translation>
    </message>
    <message>
        <source>Hip</source>
        <translation>Cadera</translation>
    </message>
    <message>
        <source>Knee</source>
        <translation>Rodilla</translation>
    </message>
    <message>
        <source>No pain check-ins in this range.</source>
        <translation>No hay registros de dolor en este periodo.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Your note:</source>
        <translation>Su nota:</translation>
    </message>
    <message>
        <source>Delete session?</source>
        <translation>¿Borrar la sesión?</translation>
    </message>
    <message>
        <source>Delete this session from your history?</source>
        <translation>¿Borrar esta sesión de su historial?</translation>
    </message>
</context>
<context>
    <name>HoldSwitches</name>
    <message>
        <source>Hold a reminder while the screen is locked</source>
        <translation>Retener el recordatorio mientras la pantalla está bloqueada</translation>
    </message>
    <message>
        <source>Hold a reminder while I am away from the computer</source>
        <translation>Retener el recordatorio mientras no estoy en el ordenador</translation>
    </message>
    <message>
        <source>Hold a reminder while another program fills the screen (a film, a call)</source>
        <translation>Retener el recordatorio mientras otro programa ocupa toda la pantalla (una película, una llamada)</translation>
    </message>
    <message>
        <source>A reminder due then waits, and comes once when you are back</source>
        <translation>Un recordatorio pendiente espera y llega una vez, cuando usted vuelve</translation>
    </message>
</context>
<context>
    <name>IllustrationView</name>
    <message>
        <source>Foot Coach</source>
        <translation>Foot Coach</translation>
    </message>
    <message>
        <source>Exercise picture</source>
        <translation>Imagen del ejercicio</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Foot Coach</source>
        <translation>Foot Coach</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Ayuda</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Welcome tour</source>
        <translation>Visita de bienvenida</translation>
    </message>
    <message>
        <source>About footwear</source>
        <translation>Sobre el calzado</translation>
    </message>
    <message>
        <source>Troubleshooting</source>
        <translation>Solución de problemas</translation>
    </message>
    <message>
        <source>About Foot Coach</source>
        <translation>Acerca de Foot Coach</translation>
    </message>
</context>
<context>
    <name>PageDots</name>
    <message>
        <source>Page</source>
        <translation>Página</translation>
    </message>
    <message>
        <source>Exercise %1 of %2</source>
        <translation>Ejercicio %1 de %2</translation>
    </message>
</context>
<context>
    <name>PainScale</name>
    <message>
        <source>%1: not answered</source>
        <translation>%1: sin respuesta</translation>
    </message>
    <message>
        <source>%1: %2 of 10</source>
        <translation>%1: %2 de 10</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>All Files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>RatingBar</name>
    <message>
        <source>Too easy</source>
        <translation>Demasiado fácil</translation>
    </message>
    <message>
        <source>About right</source>
        <translation>Justo bien</translation>
    </message>
    <message>
        <source>Too hard</source>
        <translation>Demasiado difícil</translation>
    </message>
    <message>
        <source>%1 (key %2)</source>
        <translation>%1 (tecla %2)</translation>
    </message>
    <message>
        <source>How did %1 feel?</source>
        <translation>¿Qué tal le ha ido %1?</translation>
    </message>
    <message>
        <source>How did it feel?</source>
        <translation>¿Qué tal le ha ido?</translation>
    </message>
    <message>
        <source>Noted: %1.</source>
        <translation>Anotado: %1.</translation>
    </message>
</context>
<context>
    <name>ReminderPrompt</name>
    <message>
        <source>Time for your foot exercises</source>
        <translation>Hora de sus ejercicios de pies</translation>
    </message>
    <message>
        <source>The routine takes about ten minutes. Shall we start?</source>
        <translation>La rutina dura unos diez minutos. ¿Empezamos?</translation>
    </message>
    <message>
        <source>Start now</source>
        <translation>Empezar ahora</translation>
    </message>
    <message>
        <source>Start the routine (Enter)</source>
        <translation>Empezar la rutina (Intro)</translation>
    </message>
    <message>
        <source>In 10 minutes</source>
        <translation>Dentro de 10 minutos</translation>
    </message>
    <message>
        <source>Remind me again in 10 minutes</source>
        <translation>Recordármelo otra vez dentro de 10 minutos</translation>
    </message>
    <message>
        <source>Not today</source>
        <translation>Hoy no</translation>
    </message>
    <message>
        <source>No more reminders today</source>
        <translation>No más recordatorios hoy</translation>
    </message>
</context>
<context>
    <name>ReminderRow</name>
    <message>
        <source>Reminder time</source>
        <translation>Hora del recordatorio</translation>
    </message>
    <message>
        <source>The time of day for this reminder</source>
        <translation>La hora del día de este recordatorio</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Reminder on</source>
        <translation>Recordatorio activado</translation>
    </message>
    <message>
        <source>Switch this reminder on or off</source>
        <translation>Activar o desactivar este recordatorio</translation>
    </message>
    <message>
        <source>Remind me on this day</source>
        <translation>Recordármelo este día</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove this reminder</source>
        <translation>Quitar este recordatorio</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
</context>
<context>
    <name>RemindersPage</name>
    <message>
        <source>Reminders</source>
        <translation>Recordatorios</translation>
    </message>
    <message>
        <source>Add a reminder</source>
        <translation>Añadir un recordatorio</translation>
    </message>
    <message>
        <source>Add a reminder (Ctrl+N)</source>
        <translation>Añadir un recordatorio (Ctrl+N)</translation>
    </message>
    <message>
        <source>No reminder on days I have already done my exercises</source>
        <translation>Sin recordatorio los días que ya hice mis ejercicios</translation>
    </message>
    <message>
        <source>Pause all reminders for today</source>
        <translation>Pausar todos los recordatorios de hoy</translation>
    </message>
    <message>
        <source>Start Foot Coach when I log in (it waits quietly in the tray)</source>
        <translation>Abrir Foot Coach al iniciar sesión (espera tranquilo en la bandeja)</translation>
    </message>
    <message>
        <source>Save the reminders as a calendar file, so your phone can remind you too</source>
        <translation>Guardar los recordatorios como archivo de calendario, para que también su teléfono le avise</translation>
    </message>
    <message>
        <source>Add to calendar</source>
        <translation>Añadir al calendario</translation>
    </message>
    <message>
        <source>Add to calendar…</source>
        <translation>Añadir al calendario…</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Archivos de calendario (*.ics)</translation>
    </message>
</context>
<context>
    <name>RoutinePage</name>
    <message>
        <source>Your routine</source>
        <translation>Su rutina</translation>
    </message>
    <message>
        <source>Tick the exercises to do and put them in the order you like.</source>
        <translation>Marque los ejercicios que quiere hacer y póngalos en el orden que prefiera.</translation>
    </message>
    <message>
        <source>Exercises in the routine</source>
        <translation>Ejercicios de la rutina</translation>
    </message>
    <message>
        <source>Tick to include; choose one to move it or set its amount</source>
        <translation>Marque para incluir; elija uno para moverlo o fijar su cantidad</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Tick all</source>
        <translation>Marcar todos</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Rest between exercises</source>
        <translation>Descanso entre ejercicios</translation>
    </message>
    <message>
        <source>Rest between exercises, in seconds</source>
        <translation>Descanso entre ejercicios, en segundos</translation>
    </message>
    <message>
        <source>Save routine</source>
        <translation>Guardar la rutina</translation>
    </message>
    <message>
        <source>Amount set by hand</source>
        <translation>Cantidad fijada a mano</translation>
    </message>
    <message>
        <source>Repetitions, or steps or circles each way</source>
        <translation>Repeticiones, o pasos o círculos en cada sentido</translation>
    </message>
    <message>
        <source>How long to hold each time, in seconds</source>
        <translation>Cuánto tiempo mantener cada vez, en segundos</translation>
    </message>
    <message>
        <source>Use this amount</source>
        <translation>Usar esta cantidad</translation>
    </message>
    <message>
        <source>Back to automatic</source>
        <translation>Volver a automático</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>Veces</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Mantenga</translation>
    </message>
    <message>
        <source>Your own exercises</source>
        <translation>Sus propios ejercicios</translation>
    </message>
    <message>
        <source>Add an exercise from your physiotherapist, or make a copy of one of the five and change it. A routine file brings a whole routine in one go.</source>
        <translation>Añada un ejercicio de su fisioterapeuta, o haga una copia de uno de los cinco y cámbielo. Un archivo de rutina trae una rutina entera de una vez.</translation>
    </message>
    <message>
        <source>New exercise…</source>
        <translation>Nuevo ejercicio…</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Cambiar…</translation>
    </message>
    <message>
        <source>Make a copy…</source>
        <translation>Hacer una copia…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Borrar…</translation>
    </message>
    <message>
        <source>Import a routine…</source>
        <translation>Importar una rutina…</translation>
    </message>
    <message>
        <source>Export this routine…</source>
        <translation>Exportar esta rutina…</translation>
    </message>
    <message>
        <source>Amount for %1</source>
        <translation>Cantidad de %1</translation>
    </message>
    <message>
        <source>Set by hand: the coach leaves it as it is.</source>
        <translation>Fijada a mano: el entrenador la deja como está.</translation>
    </message>
    <message>
        <source>Automatic: the coach raises it gently as you go.</source>
        <translation>Automática: el entrenador la aumenta poco a poco.</translation>
    </message>
    <message>
        <source>Tick at least one exercise, then save again.</source>
        <translation>Marque al menos un ejercicio y vuelva a guardar.</translation>
    </message>
    <message>
        <source>Saved. "Start routine" now runs these exercises.</source>
        <translation>Guardada. «Empezar la rutina» hace ahora estos ejercicios.</translation>
    </message>
</context>
<context>
    <name>SafetyNotice</name>
    <message>
        <source>A note about your pain</source>
        <translation>Una nota sobre su dolor</translation>
    </message>
    <message>
        <source>Got it</source>
        <translation>Entendido</translation>
    </message>
    <message>
        <source>Put this note away</source>
        <translation>Cerrar esta nota</translation>
    </message>
</context>
<context>
    <name>SessionPage</name>
    <message>
        <source>Progress through the routine</source>
        <translation>Avance de la rutina</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Saltar</translation>
    </message>
    <message>
        <source>Next exercise</source>
        <translation>Siguiente ejercicio</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Parar</translation>
    </message>
    <message>
        <source>Stop — it hurts</source>
        <translation>Parar — duele</translation>
    </message>
    <message>
        <source>Focus mode</source>
        <translation>Modo concentración</translation>
    </message>
    <message>
        <source>No session is running.</source>
        <translation>No hay ninguna sesión en curso.</translation>
    </message>
    <message>
        <source>Ready when you are</source>
        <translation>Listo cuando usted quiera</translation>
    </message>
    <message>
        <source>Start your routine here, or practise one exercise from the Exercises page.</source>
        <translation>Empiece aquí su rutina o practique un solo ejercicio en la página Ejercicios.</translation>
    </message>
    <message>
        <source>Start routine</source>
        <translation>Empezar la rutina</translation>
    </message>
    <message>
        <source>Back to exercises</source>
        <translation>Volver a los ejercicios</translation>
    </message>
    <message>
        <source>Leave focus mode</source>
        <translation>Salir del modo concentración</translation>
    </message>
    <message>
        <source>Seconds left: %1</source>
        <translation>Segundos restantes: %1</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Seguir</translation>
    </message>
    <message>
        <source>Paused. Press Space or Resume to carry on.</source>
        <translation>En pausa. Pulse la barra espaciadora o «Seguir» para seguir.</translation>
    </message>
    <message>
        <source>Everything you did is saved.</source>
        <translation>Todo lo que hizo está guardado.</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Detenido</translation>
    </message>
    <message>
        <source>Stopped before it started. Nothing was counted.</source>
        <translation>Detenida antes de empezar. No se ha contado nada.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volumen</translation>
    </message>
    <message>
        <source>Volume of sounds and voice</source>
        <translation>Volumen de los sonidos y de la voz</translation>
    </message>
    <message>
        <source>Volume in percent</source>
        <translation>Volumen en porcentaje</translation>
    </message>
    <message>
        <source>Mute all sounds</source>
        <translation>Silenciar todos los sonidos</translation>
    </message>
    <message>
        <source>Mute all sounds (Ctrl+M)</source>
        <translation>Silenciar todos los sonidos (Ctrl+M)</translation>
    </message>
    <message>
        <source>Speak the steps aloud</source>
        <translation>Decir los pasos en voz alta</translation>
    </message>
    <message>
        <source>A voice says each step</source>
        <translation>Una voz dice cada paso</translation>
    </message>
    <message>
        <source>Try the sound</source>
        <translation>Probar el sonido</translation>
    </message>
    <message>
        <source>Play a cue now</source>
        <translation>Reproducir un aviso ahora</translation>
    </message>
    <message>
        <source>Same as the computer</source>
        <translation>Como el ordenador</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Colores</translation>
    </message>
    <message>
        <source>Light or dark colours</source>
        <translation>Colores claros u oscuros</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Tamaño del texto</translation>
    </message>
    <message>
        <source>Make all text larger</source>
        <translation>Agrandar todo el texto</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>The language of Foot Coach</source>
        <translation>El idioma de Foot Coach</translation>
    </message>
    <message>
        <source>A new language is used from the next start.</source>
        <translation>El nuevo idioma se usará desde el próximo inicio.</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>Foot Coach</source>
        <translation>Foot Coach</translation>
    </message>
    <message>
        <source>Start routine</source>
        <translation>Empezar la rutina</translation>
    </message>
    <message>
        <source>Open Foot Coach</source>
        <translation>Abrir Foot Coach</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Posponer</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>Pause reminders for today</source>
        <translation>Pausar los recordatorios de hoy</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
</context>
<context>
    <name>WaitingNote</name>
    <message>
        <source>A reminder is waiting because the screen is locked. It comes when you are back.</source>
        <translation>Un recordatorio está esperando porque la pantalla está bloqueada. Llegará cuando usted vuelva.</translation>
    </message>
    <message>
        <source>A reminder is waiting because you seem to be away from the computer. It comes when you are back.</source>
        <translation>Un recordatorio está esperando porque parece que usted no está en el ordenador. Llegará cuando vuelva.</translation>
    </message>
    <message>
        <source>A reminder is waiting because another program fills the screen. It comes when that ends.</source>
        <translation>Un recordatorio está esperando porque otro programa ocupa toda la pantalla. Llegará cuando termine.</translation>
    </message>
</context>
</TS>