// neurotheory jshell start-up: the main imports. Quick start:
//   var spec = PaperRegistry.load().select(List.of("multimodal")).get(0).figure();
//   var data = spec.compute(Scale.QUICK, 1);
//   data.checks().forEach(System.out::println);
import java.util.*;
import org.ejml.data.DMatrixRMaj;
import org.neurotheory.core.*;
import org.neurotheory.core.ode.*;
import org.neurotheory.core.dln.*;
import org.neurotheory.core.linalg.*;
import org.neurotheory.core.data.*;
import org.neurotheory.core.random.*;
import org.neurotheory.core.figure.*;
import org.neurotheory.core.paper.*;
import org.neurotheory.core.sweep.*;
System.out.println("neurotheory: papers " + PaperRegistry.load().papers().stream().map(Paper::key).toList());
